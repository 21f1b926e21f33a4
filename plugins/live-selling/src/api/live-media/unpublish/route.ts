import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ingestUnpublish } from "../../../modules/livestream/control"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"
import type { PostLiveMediaStreamType } from "../validators"

/** POST /live-media/unpublish: the encoder stopped; the grace period starts. */
export const POST = async (req: MedusaRequest<PostLiveMediaStreamType>, res: MedusaResponse) => {
  res.json(await runLive(() => ingestUnpublish(liveContext(req.scope), req.validatedBody.stream_id)))
}
