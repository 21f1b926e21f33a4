import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addRelay, streamRelays } from "../../../../../modules/livestream/control"
import { RELAY_SUGGESTED_URLS } from "../../../../../modules/livestream/lib/relay-destination"
import { relayKeySecret } from "../../../../../live/live-context"
import { liveActor } from "../../../helpers/actor"
import { control } from "../../../helpers/control"
import type { PostStreamRelaysType } from "../../../validators"

/** GET …/streams/:id/relays: the stream's multistream destinations (keys shown as their last 4 characters) and each platform's usual server. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const destinations = await control(req, liveActor(req), (ctx, actor) => streamRelays(ctx, actor, req.params.id))
  res.set("Cache-Control", "no-store")
  res.json({ destinations, suggested_urls: RELAY_SUGGESTED_URLS })
}

/** POST …/streams/:id/relays: adds a Facebook / YouTube / TikTok / custom RTMP(S) destination, relayed while the encoder publishes (picked up within 10 s). */
export const POST = async (req: AuthenticatedMedusaRequest<PostStreamRelaysType>, res: MedusaResponse) => {
  const destination = await control(req, liveActor(req), (ctx, actor) => addRelay(ctx, actor, req.params.id, req.validatedBody, relayKeySecret(req.scope)))
  res.status(201).json({ destination })
}
