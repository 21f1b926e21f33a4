import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { relayTargets } from "../../../modules/livestream/control"
import { liveContext, relayKeySecret } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"
import type { PostLiveMediaStreamType } from "../validators"

/** POST /live-media/relays: where the media server relays a publishing stream (its enabled destinations, keys decrypted: media server only). */
export const POST = async (req: MedusaRequest<PostLiveMediaStreamType>, res: MedusaResponse) => {
  res.set("Cache-Control", "no-store")
  res.json({ relays: await runLive(() => relayTargets(liveContext(req.scope), req.validatedBody.stream_id, relayKeySecret(req.scope))) })
}
