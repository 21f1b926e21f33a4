import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ingestPublish } from "../../../modules/livestream/control"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"
import { ingestSettings } from "../../producer/helpers/ingest"
import type { PostLiveMediaPublishType } from "../validators"

/** POST /live-media/publish: an encoder publishes; 403 for a wrong or rotated key (the media server drops it). */
export const POST = async (req: MedusaRequest<PostLiveMediaPublishType>, res: MedusaResponse) => {
  const { stream_id, key } = req.validatedBody
  const out = await runLive(() => ingestPublish(liveContext(req.scope), stream_id, key, ingestSettings(req.scope).mediaUrl))
  res.json(out)
}
