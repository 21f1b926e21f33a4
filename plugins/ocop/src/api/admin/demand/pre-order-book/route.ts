import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEMAND_MODULE } from "../../../../modules/demand"
import type DemandModuleService from "../../../../modules/demand/service"
import { productTitles, resolveProductScope } from "../helpers/scope"
import type { AdminPreOrderBookType } from "../validators"

type Line = { product_id: string; title: string; expected_week: string; orders: number; reserved: number; harvest_ready: number; fulfilled: number; cancelled: number; deposits: number }

/**
 * GET /admin/demand/pre-order-book?producer_id=…: units pre-ordered per
 * product and expected week, by status, and the deposits taken (VND). The
 * producer console wraps this with the producer's own id.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminPreOrderBookType
  const productIds = await resolveProductScope(req.scope, q)
  const demand = req.scope.resolve<DemandModuleService>(DEMAND_MODULE)
  const preOrders = await demand.listPreOrders(productIds ? { product_id: productIds } : {}, {
    select: ["product_id", "expected_week", "status", "quantity", "deposit_amount"],
  })
  const titles = await productTitles(req.scope, preOrders.map((p) => p.product_id))
  const lines = new Map<string, Line>()
  for (const p of preOrders) {
    const key = `${p.product_id}|${p.expected_week}`
    const line = lines.get(key) ?? {
      product_id: p.product_id, title: titles.get(p.product_id)?.title ?? p.product_id, expected_week: p.expected_week,
      orders: 0, reserved: 0, harvest_ready: 0, fulfilled: 0, cancelled: 0, deposits: 0,
    }
    line.orders += 1
    line[p.status] += p.quantity
    if (p.status !== "cancelled") line.deposits += Math.round(Number(p.deposit_amount))
    lines.set(key, line)
  }
  const book = [...lines.values()].sort((a, b) => a.expected_week.localeCompare(b.expected_week) || a.title.localeCompare(b.title))
  res.json({ book, producer_id: q.producer_id ?? null })
}
