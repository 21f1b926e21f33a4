export type Point = {
  week: string
  realized: number
  demand: number | null
  supply: number | null
  available: number | null
  status: "shortage" | "surplus" | "balanced" | null
  magnitude: number
}

export type Series = { product_id: string; title: string; handle: string | null; points: Point[] }

export type Suggestion = {
  id: string
  kind: "schedule_livestream" | "restock_kiosk" | "open_pre_orders" | "raise_supply"
  week: string
  title: string
  location_key: string | null
  quantity: number
  value_at_stake: number
  message: string
  message_vi: string
}

export type Dashboard = {
  current_week: string
  weeks: string[]
  supply_demand: Series[]
  signals: { week: string; kind: string; events: number; units: number; value: number }[]
  top_products_by_location: {
    location_key: string
    name: string
    products: { product_id: string; title: string; handovers: number; scans: number; value: number }[]
  }[]
  live: { source: string; streams: { stream_id: string; title: string | null; gmv: number; units: number; peak_viewers: number }[] }
  top_searches: { query_norm: string; events: number }[]
  suggestions: Suggestion[]
  programme: null | {
    certified: { total: number; by_stars: Record<string, number>; by_group: Record<string, number> }
    ip_protected: number
    producers: number
    expiring_within_90_days: number
  }
}
