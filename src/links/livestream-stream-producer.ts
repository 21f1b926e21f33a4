import { defineLink } from "@medusajs/framework/utils"
import LivestreamModule from "@ocop-live/live-selling/modules/livestream"
import OcopModule from "@ocop-live/ocop/modules/ocop"

/**
 * live_stream.producer: the OCOP producer (chủ thể) selling on the stream.
 * Read-only: the stream holds `producer_id`, so there is no pivot table.
 */
export default defineLink(
  { linkable: LivestreamModule.linkable.liveStream, field: "producer_id" },
  { ...OcopModule.linkable.ocopProducer.id, alias: "producer" },
  { readOnly: true }
)
