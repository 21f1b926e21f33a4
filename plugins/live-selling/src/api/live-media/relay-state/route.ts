import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportRelayState } from "../../../modules/livestream/control"
import { liveContext, relayKeySecret } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"
import type { PostLiveMediaRelayStateType } from "../validators"

/** POST /live-media/relay-state: a relay is connecting, live, failed (with the reason) or idle again. */
export const POST = async (req: MedusaRequest<PostLiveMediaRelayStateType>, res: MedusaResponse) => {
  const { stream_id, relay_id, state, error } = req.validatedBody
  res.json(await runLive(() => reportRelayState(liveContext(req.scope), stream_id, relay_id, state, error ?? null, relayKeySecret(req.scope))))
}
