export const DEMAND_EVENT_KINDS = [
  "product_view",
  "search",
  "cart_add",
  "order",
  "kiosk_scan",
  "kiosk_handover",
  "live_claim",
  "live_peak_viewers",
  "share",
  "referral_visit",
] as const

export type DemandEventKind = (typeof DEMAND_EVENT_KINDS)[number]

export const DEMAND_EVENT_SOURCES = ["store", "server", "demo"] as const
export type DemandEventSource = (typeof DEMAND_EVENT_SOURCES)[number]

type Field = "product_id" | "query" | "location_key" | "stream_id" | "quantity" | "channel" | "referral_code" | "session_id"

/** How a page was shared: the browser's own share sheet, Zalo, Facebook or a copied link. */
export const SHARE_CHANNELS = ["native", "zalo", "facebook", "copy"] as const
export type ShareChannel = (typeof SHARE_CHANNELS)[number]

/**
 * A sharer's referral code (`?ref=` in a shared link): 8-16 letters and
 * digits, random for a guest, derived from a keyed hash for a customer —
 * never personal data.
 */
export const REFERRAL_CODE = /^[A-Za-z0-9]{8,16}$/

/** Kinds about a shared page: they name the product or the stream (one of the two). */
export const PAGE_KINDS = ["share", "referral_visit"] as const satisfies readonly DemandEventKind[]

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
  // a share names how it was shared and the sharer's code
  share: ["channel", "referral_code"],
  // a visit through a shared link, counted once per visitor session
  referral_visit: ["referral_code", "session_id"],
}

/**
 * Kinds a client may send with the publishable key (`POST /store/demand/events`).
 * Orders, kiosk handovers and live claims and audiences are recorded by the
 * server from its own records (an order, a handed-over cart, a claim): a
 * client could otherwise invent sales. Shares and visits through a shared
 * link are intent, like views.
 */
export const CLIENT_EVENT_KINDS = ["product_view", "search", "cart_add", "kiosk_scan", "share", "referral_visit"] as const satisfies readonly DemandEventKind[]
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
  share: 0,
  referral_visit: 0,
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
  /** how a page was shared (kind `share`) */
  channel: ShareChannel | null
  /** the sharer's referral code (kinds `share` and `referral_visit`) */
  referral_code: string | null
  source: DemandEventSource
  /** natural key of a server-side event (e.g. "order:ord_1:item_2"): recorded once */
  ref: string | null
}
