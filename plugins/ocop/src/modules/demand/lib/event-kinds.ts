export const DEMAND_EVENT_KINDS = [
  "product_view",
  "search",
  "cart_add",
  "order",
  "kiosk_scan",
  "kiosk_handover",
  "live_claim",
  "live_peak_viewers",
] as const

export type DemandEventKind = (typeof DEMAND_EVENT_KINDS)[number]

export const DEMAND_EVENT_SOURCES = ["store", "server", "demo"] as const
export type DemandEventSource = (typeof DEMAND_EVENT_SOURCES)[number]

type Field = "product_id" | "query" | "location_key" | "stream_id" | "quantity"

/** Fields each kind must carry: the dashboard cannot use the event without them. */
export const REQUIRED_FIELDS: Record<DemandEventKind, Field[]> = {
  product_view: ["product_id"],
  search: ["query"],
  cart_add: ["product_id"],
  order: ["product_id"],
  kiosk_scan: ["location_key"],
  kiosk_handover: ["location_key", "product_id"],
  live_claim: ["stream_id", "product_id"],
  live_peak_viewers: ["stream_id", "quantity"],
}

/**
 * Kinds a client may send with the publishable key (`POST /store/demand/events`).
 * Orders, kiosk handovers and live claims and audiences are recorded by the
 * server from its own records (an order, a handed-over cart, a claim): a
 * client could otherwise invent sales.
 */
export const CLIENT_EVENT_KINDS = ["product_view", "search", "cart_add", "kiosk_scan"] as const satisfies readonly DemandEventKind[]
export type ClientEventKind = (typeof CLIENT_EVENT_KINDS)[number]
export const isClientEventKind = (kind: DemandEventKind): kind is ClientEventKind =>
  (CLIENT_EVENT_KINDS as readonly string[]).includes(kind)

/**
 * Largest `quantity` an event of each kind may carry; 0: the kind carries
 * none (a view or a search is one event). A cart line holds at most 99, a
 * kiosk tile adds one at a time.
 */
export const MAX_QUANTITY: Record<DemandEventKind, number> = {
  product_view: 0,
  search: 0,
  cart_add: 100,
  order: 10_000,
  kiosk_scan: 10,
  kiosk_handover: 10_000,
  live_claim: 10_000,
  live_peak_viewers: 1_000_000,
}

/** A demand event as stored: one row of `demand_event`. */
export type DemandEventRow = {
  kind: DemandEventKind
  occurred_at: Date
  /** ISO week in Vietnam time, e.g. "2026-W49" */
  week: string
  product_id: string | null
  variant_id: string | null
  query: string | null
  /** `query` without diacritics, for grouping searches */
  query_norm: string | null
  location_key: string | null
  stream_id: string | null
  quantity: number | null
  /** integer VND */
  value: number | null
  session_id: string | null
  source: DemandEventSource
  /** natural key of a server-side event (e.g. "order:ord_1:item_2"): recorded once */
  ref: string | null
}
