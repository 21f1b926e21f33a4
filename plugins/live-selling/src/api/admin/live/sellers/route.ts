import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../../../modules/livestream"
import type LivestreamModuleService from "../../../../modules/livestream/service"
import { activeVerifications, verificationView } from "../../../../workflows/sellers/verifications"
import type { AdminGetLiveSellersType } from "../validators"

/**
 * GET /admin/live/sellers?q=&limit=&offset=: the store's sellers (plugin
 * option `sellers`) by name, each with its active identity `verification` or null.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetLiveSellersType>, res: MedusaResponse) => {
  const sellers = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).sellers
  if (!sellers) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `this store has no seller directory (live-selling option "sellers")`)
  }
  const { q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: sellers.entity,
    fields: ["id", "name"],
    filters: q ? { name: { $ilike: `%${q}%` } } : {},
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  const verified = await activeVerifications(req.scope, data.map((s: { id: string }) => s.id))
  res.json({
    sellers: data.map((s: { id: string; name: string }) => {
      const v = verified.get(s.id)
      return { id: s.id, name: s.name, verification: v ? verificationView(v) : null }
    }),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
