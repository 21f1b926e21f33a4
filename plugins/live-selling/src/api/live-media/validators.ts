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
/** A recording id as the media server makes it (also its folder's name). */
const recordingId = z.string().regex(/^lrec_[0-9A-Z]{26}$/, "recording_id: expected lrec_ followed by 26 letters or digits")

export const PostLiveMediaRecordingStart = z.strictObject({
  stream_id: idOf("stream_id"),
  recording_id: recordingId,
  started_at: z.string().datetime({ offset: true, message: "started_at: expected an ISO 8601 time" }),
})
export type PostLiveMediaRecordingStartType = z.infer<typeof PostLiveMediaRecordingStart>

export const PostLiveMediaRecordingFinish = z.strictObject({
  recording_id: recordingId,
  duration_ms: z.number().int().min(0).max(7 * 24 * 3600 * 1000),
  bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** The media server died while recording it and measured its folder on coming back. */
  interrupted: z.boolean({ error: "interrupted: expected true or false" }).optional(),
})
export type PostLiveMediaRecordingFinishType = z.infer<typeof PostLiveMediaRecordingFinish>

export const PostLiveMediaRetention = z.strictObject({
  /** The parts the media server is recording now (absent: an older media server, no interrupted parts answered). */
  recording: z.array(recordingId).max(1000).optional(),
  /** When the media server started. */
  since: z.string().datetime({ offset: true, message: "since: expected an ISO 8601 time" }).optional(),
})
export type PostLiveMediaRetentionType = z.infer<typeof PostLiveMediaRetention>
