import { z } from "@medusajs/framework/zod"
import { idOf } from "../producer/validators"

export const PostLiveMediaStream = z.strictObject({ stream_id: idOf("stream_id") })
export type PostLiveMediaStreamType = z.infer<typeof PostLiveMediaStream>

export const PostLiveMediaPublish = z.strictObject({
  stream_id: idOf("stream_id"),
  key: z.string().min(1).max(200),
})
export type PostLiveMediaPublishType = z.infer<typeof PostLiveMediaPublish>
