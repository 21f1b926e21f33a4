import { model } from "@medusajs/framework/utils"

/**
 * The events of a stream a replay shows (pins, offers started and ended,
 * the host's chat), copied from the event log as they are published: the
 * log itself keeps events only minutes (for reconnects), a replay needs
 * them as long as the recording lives.
 */
const LiveTimelineEvent = model
  .define("live_timeline_event", {
    id: model.id({ prefix: "ltev" }).primaryKey(),
    stream_id: model.text(),
    seq: model.number(),
    type: model.text(),
    payload: model.json(),
    ts: model.dateTime(),
  })
  .indexes([{ name: "IDX_live_timeline_event_stream_seq_unique", on: ["stream_id", "seq"], unique: true }])

export default LiveTimelineEvent
