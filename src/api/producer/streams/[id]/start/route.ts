import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startStream } from "../../../../../live/control"
import { liveActor } from "../../../helpers/actor"
import { control } from "../../../helpers/control"
import { streamDetail } from "../../../helpers/streams"

/** POST …/streams/:id/start: scheduled → live; viewers get `stream:status`. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await control(req, liveActor(req), (ctx, actor) => startStream(ctx, actor, req.params.id))
  res.json({ stream: await streamDetail(req.scope, req.params.id, { allOffers: true }) })
}
