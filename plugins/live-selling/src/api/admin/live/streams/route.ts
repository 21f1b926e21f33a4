import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createLiveStreamWorkflow } from "../../../../workflows/live/create-live-stream"
import { liveActor } from "../../../producer/helpers/actor"
import { listStreams, streamDetail } from "../../../producer/helpers/streams"
import type { AdminGetLiveStreamsType, AdminPostLiveStreamsType } from "../validators"

/** GET /admin/live/streams: every producer's streams (`status`, `producer_id`). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetLiveStreamsType>, res: MedusaResponse) => {
  const { producer_id, ...q } = req.validatedQuery
  res.json(await listStreams(req.scope, { ...q, producerId: producer_id }))
}

/** POST /admin/live/streams: schedules a stream for a producer. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostLiveStreamsType>, res: MedusaResponse) => {
  const { result } = await createLiveStreamWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: liveActor(req) },
  })
  res.status(201).json({ stream: await streamDetail(req.scope, result.id, { allOffers: true }) })
}
