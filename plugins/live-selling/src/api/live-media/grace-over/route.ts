import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ingestGraceOver } from "../../../modules/livestream/control"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"
import type { PostLiveMediaStreamType } from "../validators"

/** POST /live-media/grace-over: the encoder did not come back in time; the stream ends. */
export const POST = async (req: MedusaRequest<PostLiveMediaStreamType>, res: MedusaResponse) => {
  res.json(await runLive(() => ingestGraceOver(liveContext(req.scope), req.validatedBody.stream_id)))
}
