import type { DemandEventRow } from "./event-kinds"
import { toEventRow } from "./event-schema"

/** A live claim that will not change any more (converted, released or expired). */
export type SettledLiveClaim = {
  id: string
  stream_id: string
  product_id: string
  variant_id: string | null
  quantity: number
  /** live unit price, integer VND */
  price: number
  status: "converted" | "released" | "expired"
  created_at: Date | string
}

export const SETTLED_CLAIM_STATUSES = ["converted", "released", "expired"] as const

/**
 * A settled claim as a `live_claim` demand event, recorded once (ref
 * `live_claim:<id>`): every claimed unit is demand, but only a converted
 * claim carries value (its units were sold at the live price).
 */
export function liveClaimEvent(c: SettledLiveClaim): DemandEventRow {
  return toEventRow(
    {
      kind: "live_claim",
      occurred_at: new Date(c.created_at).toISOString(),
      stream_id: c.stream_id,
      product_id: c.product_id,
      variant_id: c.variant_id ?? undefined,
      quantity: c.quantity,
      value: c.status === "converted" ? c.quantity * c.price : 0,
    },
    "server",
    `live_claim:${c.id}`
  )
}

/**
 * An ended stream's peak audience as a `live_peak_viewers` event, dated when
 * the stream ended, recorded once (ref `live_peak_viewers:<stream id>`);
 * null when nobody watched.
 */
export function livePeakViewersEvent(stream: { id: string; ended_at: Date | string }, peak: number): DemandEventRow | null {
  if (!(peak >= 1)) return null
  return toEventRow(
    { kind: "live_peak_viewers", occurred_at: new Date(stream.ended_at).toISOString(), stream_id: stream.id, quantity: Math.round(peak) },
    "server",
    `live_peak_viewers:${stream.id}`
  )
}
