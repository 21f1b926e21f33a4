import { model } from "@medusajs/framework/utils"
import LiveOffer from "./live-offer"

export const STREAM_STATUSES = ["scheduled", "live", "ended"] as const
export const VIDEO_KINDS = ["hls", "youtube", "facebook", "tiktok", "shop"] as const

/**
 * A producer's livestream. `last_seq` is the durable floor of the per-stream
 * event sequence (the Postgres event log increments it; the Redis log persists
 * it periodically so numbering survives a Redis restart).
 */
const LiveStream = model
  .define("live_stream", {
    id: model.id({ prefix: "lstr" }).primaryKey(),
    producer_id: model.text(),
    /** translatable (Translation Module): the store routes serve it, as `title`, in the visitor's language */
    title_vi: model.text().translatable(),
    /** the producer's own English title (kept beside the Translation Module's texts) */
    title_en: model.text().nullable(),
    description: model.text().translatable().nullable(),
    scheduled_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    status: model.enum([...STREAM_STATUSES]).default("scheduled"),
    video_kind: model.enum([...VIDEO_KINDS]).default("hls"),
    video_url: model.text().nullable(),
    pinned_product_ids: model.json().default([] as unknown as Record<string, unknown>),
    slow_mode_seconds: model.number().default(0),
    last_seq: model.number().default(0),
    offers: model.hasMany(() => LiveOffer, { mappedBy: "stream" }),
  })
  .indexes([
    { on: ["producer_id"] },
    { on: ["status", "scheduled_at"] },
  ])
  .checks([
    {
      name: "live_stream_slow_mode_range",
      expression: (c) =>
        `${c.slow_mode_seconds} >= 0 AND ${c.slow_mode_seconds} <= 3600`,
    },
    {
      name: "live_stream_last_seq_positive",
      expression: (c) => `${c.last_seq} >= 0`,
    },
  ])

export default LiveStream
