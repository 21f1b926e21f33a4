import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ONLINE, toCsv } from "../../../../modules/demand/lib"
import { resolveProductScope } from "../helpers/scope"
import { weekWindow } from "../helpers/weeks"
import type { AdminDemandWeeksType } from "../validators"

const COLUMNS = [
  "week", "product_id", "product_title", "status", "magnitude", "demand", "online_demand", "kiosk_demand",
  "supply", "committed", "available", "balance", "phase", "out_of_season", "season_uncertain", "multiplier", "computed_at",
] as const

/**
 * GET /admin/demand/export.csv (week or from/to, producer_id, product_id):
 * the stored matches as CSV (UTF-8 with a byte-order mark so spreadsheet
 * programs read Vietnamese titles correctly).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminDemandWeeksType
  const { from, to, weeks } = weekWindow(q)
  const productIds = await resolveProductScope(req.scope, q)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "demand_match",
    fields: ["*", "product.title"],
    filters: { week: weeks, ...(productIds ? { product_id: productIds } : {}) },
  })
  const rows = (data as any[])
    .sort((a, b) => a.week.localeCompare(b.week) || (a.product?.title ?? "").localeCompare(b.product?.title ?? ""))
    .map((m) => {
      const channels = (m.channels ?? {}) as Record<string, number>
      const kiosk = Object.entries(channels).filter(([k]) => k !== ONLINE).reduce((a, [, v]) => a + v, 0)
      return { ...m, product_title: m.product?.title ?? "", online_demand: channels[ONLINE] ?? 0, kiosk_demand: Math.round(kiosk * 10) / 10 }
    })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="demand-matches-${from}-${to}.csv"`)
  res.send("\uFEFF" + toCsv([...COLUMNS], rows))
}
