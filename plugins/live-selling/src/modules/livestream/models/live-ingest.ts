import { model } from "@medusajs/framework/utils"

export const INGEST_STATUSES = ["idle", "publishing", "reconnecting"] as const

/**
 * A stream's RTMP ingest: the secret stream key (kept only as a SHA-256
 * hash; the key itself is derived from the server secret and `key_nonce`,
 * which a rotation replaces) and what the encoder is doing. The media
 * server reports publish / unpublish through the backend; `reconnecting`
 * is the grace period after the encoder stopped, before the stream ends.
 */
const LiveIngest = model
  .define("live_ingest", {
    id: model.id({ prefix: "ling" }).primaryKey(),
    stream_id: model.text(),
    key_nonce: model.text(),
    key_hash: model.text(),
    status: model.enum([...INGEST_STATUSES]).default("idle"),
    last_publish_at: model.dateTime().nullable(),
    last_unpublish_at: model.dateTime().nullable(),
  })
  .indexes([{ name: "IDX_live_ingest_stream_unique", on: ["stream_id"], unique: true }])

export default LiveIngest
