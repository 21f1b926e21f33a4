import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { stopIngest } from "../../../../../../modules/livestream/control"
import { liveActor } from "../../../../../producer/helpers/actor"
import { control } from "../../../../../producer/helpers/control"
import { mediaOps } from "../../../../../producer/helpers/ingest"

/**
 * POST /admin/live/ingests/:streamId/stop: ends the stream at once (the
 * gateway announces it) and drops its encoder; `dropped` says whether one
 * was publishing. 404 for a stream neither live nor publishing.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ops = mediaOps(req.scope)
  const result = await control(req, liveActor(req), (ctx, actor) => stopIngest(ctx, actor, req.params.streamId, ops.drop))
  if (result.ended) {
    await req.scope.resolve(Modules.EVENT_BUS).emit({ name: "live_stream.ended", data: { id: result.streamId } })
  }
  res.json({ stream_id: result.streamId, ended: result.ended, dropped: result.dropped, drop_error: result.dropError })
}
