import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { endStream } from "../../../../../modules/livestream/control"
import { liveActor } from "../../../helpers/actor"
import { control } from "../../../helpers/control"
import { streamDetail } from "../../../helpers/streams"

/** POST …/streams/:id/end: ends the stream and stops its open offers. Emits `live_stream.ended`. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await control(req, liveActor(req), (ctx, actor) => endStream(ctx, actor, req.params.id))
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: "live_stream.ended", data: { id: req.params.id } })
  res.json({ stream: await streamDetail(req.scope, req.params.id, { allOffers: true }) })
}
