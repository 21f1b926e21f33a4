import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startLiveStreamWorkflow } from "../../../../../workflows/live/start-live-stream"
import { liveActor } from "../../../helpers/actor"
import { streamDetail } from "../../../helpers/streams"

/**
 * POST …/streams/:id/start: scheduled → live (workflow `start-live-stream`:
 * the seller's identity must be verified); viewers get `stream:status`.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await startLiveStreamWorkflow(req.scope).run({ input: { actor: liveActor(req), stream_id: req.params.id } })
  res.json({ stream: await streamDetail(req.scope, req.params.id, { allOffers: true }) })
}
