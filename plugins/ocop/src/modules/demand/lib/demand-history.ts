import type { DemandEventKind } from "./event-kinds"
import { SIGNAL_WEIGHTS, weightedUnits } from "./signals"
import { ChannelWeeks, ONLINE } from "./types"

export type WeeklySignal = {
  week: string
  product_id: string
  /** "" online, else a kiosk key */
  location_key: string
  kind: DemandEventKind
  events: number
  units: number
}

/** Weighted demand units per product, channel and week, from rollup rows and attributed searches. */
export function toChannelWeeks(
  signals: WeeklySignal[],
  searches: Record<string, Record<string, number>> = {}
): Record<string, ChannelWeeks> {
  const out: Record<string, ChannelWeeks> = {}
  const add = (productId: string, channel: string, week: string, units: number) => {
    if (!units) return
    const byChannel = (out[productId] ??= {})
    const byWeek = (byChannel[channel] ??= {})
    byWeek[week] = (byWeek[week] ?? 0) + units
  }
  for (const s of signals) {
    add(s.product_id, s.location_key || ONLINE, s.week, weightedUnits(s.kind, s.events, s.units))
  }
  for (const [productId, byWeek] of Object.entries(searches)) {
    for (const [week, events] of Object.entries(byWeek)) add(productId, ONLINE, week, events * SIGNAL_WEIGHTS.search.perEvent)
  }
  return out
}
