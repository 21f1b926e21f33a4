import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentMatch } from "../helpers/present"
import { resolveProductScope } from "../helpers/scope"
import { weekWindow } from "../helpers/weeks"
import type { AdminListDemandMatchesType } from "../validators"

/**
 * GET /admin/demand/matches?week=2026-W49 (or from/to; default: this week
 * and the next three), status, product_id, producer_id: demand against
 * supply per product and week, as the matching job stored it, shortages
 * and surpluses (largest first) before balanced weeks.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListDemandMatchesType
  const { weeks } = weekWindow(q)
  const productIds = await resolveProductScope(req.scope, q)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "demand_match",
    fields: ["*", "product.title", "product.handle"],
    filters: {
      week: weeks,
      ...(q.status ? { status: q.status } : {}),
      ...(productIds ? { product_id: productIds } : {}),
    },
    pagination: { take: q.limit, skip: q.offset, order: { magnitude: "DESC", week: "ASC", product_id: "ASC" } },
  })
  res.json({ matches: data.map(presentMatch), count: metadata?.count ?? data.length, limit: q.limit, offset: q.offset })
}
