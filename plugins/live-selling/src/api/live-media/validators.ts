import { z } from "@medusajs/framework/zod"
import { RELAY_STATES } from "../../modules/livestream/lib/relay-destination"
import { idOf } from "../producer/validators"

export const PostLiveMediaStream = z.strictObject({ stream_id: idOf("stream_id") })
export type PostLiveMediaStreamType = z.infer<typeof PostLiveMediaStream>

export const PostLiveMediaPublish = z.strictObject({
  stream_id: idOf("stream_id"),
  key: z.string().min(1).max(200),
})
export type PostLiveMediaPublishType = z.infer<typeof PostLiveMediaPublish>

export const PostLiveMediaRelayState = z.strictObject({
  stream_id: idOf("stream_id"),
  relay_id: idOf("relay_id"),
  state: z.enum(RELAY_STATES, { error: `state must be one of ${RELAY_STATES.join(", ")}` }),
  error: z.string().max(2000).nullish(),
})
export type PostLiveMediaRelayStateType = z.infer<typeof PostLiveMediaRelayState>
