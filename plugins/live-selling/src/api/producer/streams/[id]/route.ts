import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateLiveStreamWorkflow } from "../../../../workflows/live/update-live-stream"
import { liveActor } from "../../helpers/actor"
import { controlled } from "../../helpers/control"
import { streamDetail, withReminderCounts } from "../../helpers/streams"
import type { PostProducerStreamType } from "../../validators"

/** GET …/streams/:id: the stream with all its offers (its producer or an admin). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await controlled(req, liveActor(req), req.params.id)
  const [stream] = await withReminderCounts(req.scope, [await streamDetail(req.scope, req.params.id, { allOffers: true })])
  res.json({ stream })
}

/** POST …/streams/:id: changes titles, description, start time or video source. */
export const POST = async (req: AuthenticatedMedusaRequest<PostProducerStreamType>, res: MedusaResponse) => {
  await updateLiveStreamWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: liveActor(req), id: req.params.id },
  })
  res.json({ stream: await streamDetail(req.scope, req.params.id, { allOffers: true }) })
}
