import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createLiveStreamWorkflow } from "../../../workflows/live/create-live-stream"
import { liveActor } from "../helpers/actor"
import { listStreams, streamDetail, withReminderCounts } from "../helpers/streams"
import type { GetProducerStreamsType, PostProducerStreamsType } from "../validators"

/** GET /producer/streams: the producer's streams (`status`, `limit`, `offset`). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, GetProducerStreamsType>,
  res: MedusaResponse
) => {
  const actor = liveActor(req)
  const list = await listStreams(req.scope, { ...req.validatedQuery, producerId: actor.id })
  res.json({ ...list, streams: await withReminderCounts(req.scope, list.streams) })
}

/** POST /producer/streams: schedules a stream of the producer. */
export const POST = async (req: AuthenticatedMedusaRequest<PostProducerStreamsType>, res: MedusaResponse) => {
  const actor = liveActor(req)
  const { result } = await createLiveStreamWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor, producer_id: actor.id },
  })
  res.status(201).json({ stream: await streamDetail(req.scope, result.id, { allOffers: true }) })
}
