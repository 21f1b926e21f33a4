/** A product's harvest window (months 1-12) and whether unsold volume spoils. */
export type SupplySeason = {
  months: number[]
  off_season_months: number[]
  /** the sources do not confirm the window */
  uncertain: boolean
  /** unsold volume does not carry over to the next week */
  perishable: boolean
}

/** A dated tourism-calendar entry; `location_key` null applies province-wide. */
export type CalendarEntry = {
  location_key: string | null
  /** YYYY-MM-DD, Vietnam dates, both included */
  starts_on: string
  ends_on: string
  /** expected demand multiplier on those days, e.g. 1.5 */
  multiplier: number
}

/** The online channel; every other channel is a kiosk location key. */
export const ONLINE = "online"

/** Weighted demand units per channel, per ISO week. */
export type ChannelWeeks = Record<string, Record<string, number>>

export type ProductSupplyDemand = {
  product_id: string
  title: string
  /** lowest variant price, integer VND; null when unknown */
  unit_price: number | null
  /** null: sold all year, no season record */
  season: SupplySeason | null
  /** available units now, all stock locations */
  stock: number
  /** available units now at each kiosk location */
  kiosk_stock: Record<string, number>
  /** expected volume per ISO week, set by producers/operators */
  forecasts: Record<string, number>
  /** open pre-orders (reserved, harvest ready) per expected week */
  committed: Record<string, number>
  /** weighted demand signals per channel and week */
  demand: ChannelWeeks
}

export type SeasonPhase = "main" | "off" | "none" | "all_year"
export type MatchStatus = "shortage" | "surplus" | "balanced"

export type Match = {
  product_id: string
  week: string
  phase: SeasonPhase
  season_uncertain: boolean
  /** estimated demand, units */
  demand: number
  /** carried stock + expected volume, units */
  supply: number
  /** pre-orders due this week, units */
  committed: number
  /** supply − committed */
  available: number
  /** available − demand */
  balance: number
  status: MatchStatus
  /** units short (shortage) or unsold (surplus); 0 when balanced */
  magnitude: number
  /** nothing to sell because the product is out of season */
  out_of_season: boolean
  /** estimated demand per channel (online, kiosk keys) */
  channels: Record<string, number>
  /** online demand multiplier from the calendar */
  multiplier: number
}

export const SUGGESTION_KINDS = ["schedule_livestream", "restock_kiosk", "open_pre_orders", "raise_supply"] as const
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number]

export type Suggestion = {
  /** natural key: kind, week, product and location */
  handle: string
  kind: SuggestionKind
  week: string
  product_id: string
  location_key: string | null
  /** units to sell, restock, pre-sell or source */
  quantity: number
  /** quantity × unit price, integer VND */
  value_at_stake: number
  message: string
  message_vi: string
}
