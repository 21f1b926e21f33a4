import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ingestCheck } from "../../../modules/livestream/control"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"
import type { PostLiveMediaPublishType } from "../validators"

/** POST /live-media/check: may a publishing encoder go on (key not rotated, stream not ended)? 403/400 otherwise. */
export const POST = async (req: MedusaRequest<PostLiveMediaPublishType>, res: MedusaResponse) => {
  const { stream_id, key } = req.validatedBody
  res.json(await runLive(() => ingestCheck(liveContext(req.scope), stream_id, key)))
}
