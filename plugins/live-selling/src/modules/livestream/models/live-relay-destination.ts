import { model } from "@medusajs/framework/utils"
import { RELAY_PLATFORMS, RELAY_STATES } from "../lib/relay-destination"

/**
 * A multistream destination of a stream (#14): the media server relays the
 * producer's one encoder session to it (ffmpeg `-c copy`) while it publishes
 * to the shop. `stream_key` is the platform's secret, encrypted at rest
 * (`v1:<iv>:<tag>:<ciphertext>`, lib/relay-key-crypto.ts): no route returns it,
 * only `stream_key_hint` (its last 4 characters); it is decrypted only for the
 * media server, to relay.
 * `state` / `last_error` are what the media server last reported.
 */
const LiveRelayDestination = model
  .define("live_relay_destination", {
    id: model.id({ prefix: "lrly" }).primaryKey(),
    stream_id: model.text(),
    platform: model.enum([...RELAY_PLATFORMS]),
    url: model.text(),
    stream_key: model.text(),
    stream_key_hint: model.text().default("••••"),
    enabled: model.boolean().default(true),
    state: model.enum([...RELAY_STATES]).default("idle"),
    last_error: model.text().nullable(),
  })
  .indexes([{ name: "IDX_live_relay_destination_stream", on: ["stream_id"] }])

export default LiveRelayDestination
