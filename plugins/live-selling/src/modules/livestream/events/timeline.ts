import { isTimelineEvent } from "../lib/replay-timeline"
import type { Db } from "../lib/types"
import { insertTimelineEvent } from "../store/recordings"
import type { LiveEventLog } from "./types"

/**
 * Makes `log` keep, as it publishes them, the events a replay shows (pins,
 * offers, the host's chat) in `live_timeline_event`: the log itself keeps
 * events only minutes. A failed copy is logged, never fails the publish.
 */
export function keepTimeline<L extends LiveEventLog>(log: L, db: Db): L {
  const publish = log.publish.bind(log)
  log.publish = async (streamId, type, payload, options) => {
    const event = await publish(streamId, type, payload, options)
    if (isTimelineEvent(type, payload)) {
      await insertTimelineEvent(db, event).catch((e) => console.warn(`live replay: event ${type} of ${streamId} not kept: ${e.message}`))
    }
    return event
  }
  return log
}
