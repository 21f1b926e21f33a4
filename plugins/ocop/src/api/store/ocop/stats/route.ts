import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cachedAnswer } from "../../../../lib/answer-cache"
import { OCOP_MODULE } from "../../../../modules/ocop"
import { OCOP_GROUPS } from "../../../../modules/ocop/lib/groups"
import type OcopModuleService from "../../../../modules/ocop/service"
import { answerRequest } from "../helpers/answer-request"

const withZeros = (keys: readonly string[], counts: Record<string, number>) =>
  Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0]))

/**
 * GET /store/ocop/stats: programme figures computed from the data:
 * products with an active certificate by stars and group, IP-protected
 * products, producers of certified products, certificates expiring within
 * 90 days (and, as extras, all producers and expired, not renewed products).
 * Cached until the catalogue's read model changes (`as_of` says when computed).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await cachedAnswer(req.scope, answerRequest(req, "stats", { perChannel: false }), () => programmeFigures(req)))
}

async function programmeFigures(req: MedusaRequest) {
  const now = new Date()
  const stats = await req.scope.resolve<OcopModuleService>(OCOP_MODULE).programmeStats(now, 90)
  return {
    certified: {
      total: stats.certified_total,
      by_stars: withZeros(["3", "4", "5"], stats.by_stars),
      by_group: withZeros(OCOP_GROUPS, stats.by_group),
    },
    ip_protected: stats.ip_protected,
    producers: stats.producers,
    expiring_within_90_days: stats.expiring,
    producers_total: stats.producers_total,
    expired_not_renewed: stats.expired_not_renewed,
    as_of: now.toISOString(),
  }
}
