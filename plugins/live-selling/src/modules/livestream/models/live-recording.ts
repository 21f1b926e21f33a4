import { model } from "@medusajs/framework/utils"

export const RECORDING_STATUSES = ["recording", "ready", "failed", "deleted"] as const

/**
 * One recorded part of a stream: the media server copies the encoder's
 * video (`-c copy`, HLS VOD) into `path` (relative to its recordings folder,
 * `<stream id>/<recording id>`) from `started_at` until the encoder stops.
 * An encoder that comes back within the grace period starts a new part.
 * `deleted`: removed by retention (the files are gone, the row stays).
 * `failed`: the media server died mid-recording and found no media in its
 * folder when it came back (a part with media becomes `ready`).
 */
const LiveRecording = model
  .define("live_recording", {
    id: model.id({ prefix: "lrec" }).primaryKey(),
    stream_id: model.text(),
    path: model.text(),
    status: model.enum([...RECORDING_STATUSES]).default("recording"),
    started_at: model.dateTime(),
    ended_at: model.dateTime().nullable(),
    duration_ms: model.number().default(0),
    bytes: model.bigNumber().default(0),
    /** When the media server was told to remove its folder (deleted by retention or an admin). */
    purged_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["stream_id", "started_at"] }, { on: ["status", "started_at"] }])

export default LiveRecording
