import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { validityCutoff } from "../../../../modules/ocop/lib"
import { CERTIFICATION_FIELDS, withEffectiveStatus } from "../helpers/certifications"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * GET /admin/ocop/expiring-certifications?days=90: active certificates
 * whose validity ends within the next `days` days, soonest first.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { days } = req.validatedQuery as { days: number }
  const now = new Date()
  const from = validityCutoff(now)
  const until = new Date(from.getTime() + days * DAY_MS)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certification",
    fields: CERTIFICATION_FIELDS,
    filters: { status: "active", valid_until: { $gte: from, $lt: until } },
    pagination: { take: 1000, skip: 0, order: { valid_until: "ASC" } },
  })
  res.json({
    certifications: data.map((c: any) => withEffectiveStatus(c, now)),
    count: data.length,
    days,
    from: from.toISOString(),
    until: until.toISOString(),
  })
}
