import { model } from "@medusajs/framework/utils"

/**
 * Per-stream analytics bucket (one minute): viewer samples and reaction
 * counts. Average viewers = viewers_sum / samples; viewers_last is the
 * latest sample (the current count while the stream runs).
 */
const LiveStreamStat = model
  .define("live_stream_stat", {
    id: model.id({ prefix: "lsta" }).primaryKey(),
    stream_id: model.text(),
    bucket_start: model.dateTime(),
    viewers_peak: model.number().default(0),
    viewers_sum: model.number().default(0),
    samples: model.number().default(0),
    viewers_last: model.number().default(0),
    reactions: model.json().default({}),
  })
  .indexes([
    {
      name: "IDX_live_stream_stat_bucket_unique",
      on: ["stream_id", "bucket_start"],
      unique: true,
    },
  ])

export default LiveStreamStat
