import { model } from "@medusajs/framework/utils"

/**
 * The Postgres event log (used when no Redis is configured): every room
 * event with its per-stream `seq`, kept a few minutes for reconnect replay.
 */
const LiveEvent = model
  .define("live_event", {
    id: model.id({ prefix: "levt" }).primaryKey(),
    stream_id: model.text(),
    seq: model.number(),
    type: model.text(),
    payload: model.json(),
    ts: model.dateTime(),
  })
  .indexes([
    {
      name: "IDX_live_event_stream_seq_unique",
      on: ["stream_id", "seq"],
      unique: true,
    },
    { on: ["ts"] },
  ])

export default LiveEvent
