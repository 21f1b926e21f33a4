import type { DemandEventKind } from "./lib/event-kinds"
import type { SourceCounts } from "./lib/source-counts"

export type SignalRow = {
  week: string
  product_id: string
  /** "" for online, else a kiosk key */
  location_key: string
  kind: DemandEventKind
  events: number
  units: number
  value: number
}

export type WeekSignalRow = {
  week: string
  kind: DemandEventKind
  events: number
  units: number
  value: number
  /** events and units sent by clients (`store`), recorded by the server, or generated (`demo`) */
  by_source: SourceCounts
}

export type TopProductRow = {
  location_key: string
  product_id: string
  handovers: number
  scans: number
  /** integer VND */
  value: number
  rank: number
}

export type LiveStreamRow = { stream_id: string; gmv: number; units: number; peak_viewers: number }

export type SearchRow = { query_norm: string; events: number }
