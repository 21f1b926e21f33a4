import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveActor } from "../../../helpers/actor"
import { controlled } from "../../../helpers/control"
import { loadStreamAnalytics } from "../../../helpers/stats"

/**
 * GET …/streams/:id/stats: viewers (current, peak, average), reactions,
 * claims, units, orders, GMV (integer VND) and conversion, per offer too.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const stream = await controlled(req, liveActor(req), req.params.id)
  const stats = await loadStreamAnalytics(req.scope, stream)
  res.json({
    stream: {
      id: stream.id,
      status: stream.status,
      started_at: stream.started_at ? new Date(stream.started_at).toISOString() : null,
      ended_at: stream.ended_at ? new Date(stream.ended_at).toISOString() : null,
    },
    stats,
  })
}
