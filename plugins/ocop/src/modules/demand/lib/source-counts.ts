import { DEMAND_EVENT_SOURCES, DemandEventSource } from "./event-kinds"

/**
 * Events and units per source: `store` (sent by a client with the
 * publishable key: views, searches, cart additions, kiosk scans), `server`
 * (recorded from orders, handed-over carts and live claims), `demo`
 * (generated). Client-sent signals can be told from server-recorded ones.
 */
export type SourceCounts = Record<DemandEventSource, { events: number; units: number }>

const empty = (): SourceCounts =>
  Object.fromEntries(DEMAND_EVENT_SOURCES.map((s) => [s, { events: 0, units: 0 }])) as SourceCounts

/** A rollup row's `<source>_events` / `<source>_units` columns as `{ store: { events, units }, … }`. */
export function sourceCounts(row: Record<string, unknown>): SourceCounts {
  const out = empty()
  for (const s of DEMAND_EVENT_SOURCES) {
    out[s] = { events: Number(row[`${s}_events`] ?? 0), units: Number(row[`${s}_units`] ?? 0) }
  }
  return out
}

/** The counts of several rows added up. */
export function sumSourceCounts(rows: { by_source: SourceCounts }[]): SourceCounts {
  const out = empty()
  for (const row of rows) {
    for (const s of DEMAND_EVENT_SOURCES) {
      out[s].events += row.by_source[s].events
      out[s].units += row.by_source[s].units
    }
  }
  return out
}
