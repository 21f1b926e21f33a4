import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentSuggestion } from "../helpers/present"
import { resolveProductScope } from "../helpers/scope"
import { weekWindow } from "../helpers/weeks"
import type { AdminListDemandSuggestionsType } from "../validators"

/**
 * GET /admin/demand/suggestions (week or from/to, default this week and
 * the next three; status, default open; kind; product_id; producer_id):
 * schedule a livestream, restock a kiosk, open pre-orders, ask for more
 * volume — largest value at stake first.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListDemandSuggestionsType
  const { weeks } = weekWindow(q)
  const productIds = await resolveProductScope(req.scope, q)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "demand_suggestion",
    fields: ["*", "product.title", "product.handle"],
    filters: {
      week: weeks,
      status: q.status ?? ["open"],
      ...(q.kind ? { kind: q.kind } : {}),
      ...(productIds ? { product_id: productIds } : {}),
    },
    pagination: { take: q.limit, skip: q.offset, order: { value_at_stake: "DESC", quantity: "DESC", handle: "ASC" } },
  })
  res.json({ suggestions: data.map(presentSuggestion), count: metadata?.count ?? data.length, limit: q.limit, offset: q.offset })
}
