import type { DemandEventKind } from "./event-kinds"

/**
 * What one signal says about demand, in units of the product. Sales count
 * in full: orders (recorded server-side when placed, pickups with their
 * kiosk) and kiosk handovers (walk-in sales at a stall that are no Medusa
 * order). Intent counts in part: a cart addition or a live claim (a claim
 * that converts becomes an order, counted then) is worth 0.3 of a unit, a
 * kiosk scan 0.2, a search naming the product or a share 0.1, a view or a
 * visit through a shared link 0.05, each peak
 * live viewer 0.01. `perUnit` weights multiply the quantity (1 when
 * absent); `perEvent` weights multiply the number of events.
 */
export const SIGNAL_WEIGHTS: Record<DemandEventKind, { perEvent: number; perUnit: number }> = {
  order: { perEvent: 0, perUnit: 1 },
  kiosk_handover: { perEvent: 0, perUnit: 1 },
  live_claim: { perEvent: 0, perUnit: 0.3 },
  cart_add: { perEvent: 0, perUnit: 0.3 },
  kiosk_scan: { perEvent: 0.2, perUnit: 0 },
  search: { perEvent: 0.1, perUnit: 0 },
  product_view: { perEvent: 0.05, perUnit: 0 },
  live_peak_viewers: { perEvent: 0, perUnit: 0.01 },
  share: { perEvent: 0.1, perUnit: 0 },
  referral_visit: { perEvent: 0.05, perUnit: 0 },
}

/** Weighted units of `events` signals of a kind whose quantities add up to `units`. */
export function weightedUnits(kind: DemandEventKind, events: number, units: number): number {
  const w = SIGNAL_WEIGHTS[kind]
  return w.perEvent * events + w.perUnit * units
}
