import { toChannelWeeks, WeeklySignal } from "./demand-history"
import { attributeSearches, SearchCount } from "./search-attribution"
import type { ProductSupplyDemand, SupplySeason } from "./types"

export type AssembleInput = {
  products: {
    id: string
    title: string
    subtitle: string | null
    unit_price: number | null
    /** available units per stock location id */
    stock_by_location: Record<string, number>
  }[]
  /** kiosk stock location id → kiosk key */
  kioskKeys: Record<string, string>
  seasons: ({ product_id: string } & SupplySeason)[]
  forecasts: { product_id: string; week: string; quantity: number }[]
  /** open pre-orders */
  committed: { product_id: string; expected_week: string; quantity: number }[]
  signals: WeeklySignal[]
  searches: SearchCount[]
}

/** One supply-and-demand record per product, ready for `matchProduct`. */
export function assembleSupplyDemand(input: AssembleInput): ProductSupplyDemand[] {
  const seasons = new Map(input.seasons.map((s) => [s.product_id, s]))
  const demand = toChannelWeeks(input.signals, attributeSearches(input.searches, input.products))
  const sumBy = <T>(rows: T[], product: (r: T) => string, week: (r: T) => string, qty: (r: T) => number) => {
    const out: Record<string, Record<string, number>> = {}
    for (const r of rows) {
      const byWeek = (out[product(r)] ??= {})
      byWeek[week(r)] = (byWeek[week(r)] ?? 0) + qty(r)
    }
    return out
  }
  const forecasts = sumBy(input.forecasts, (f) => f.product_id, (f) => f.week, (f) => f.quantity)
  const committed = sumBy(input.committed, (p) => p.product_id, (p) => p.expected_week, (p) => p.quantity)
  return input.products.map((p) => {
    const kiosk_stock: Record<string, number> = {}
    let stock = 0
    for (const [location, units] of Object.entries(p.stock_by_location)) {
      stock += units
      const key = input.kioskKeys[location]
      if (key) kiosk_stock[key] = (kiosk_stock[key] ?? 0) + units
    }
    const s = seasons.get(p.id)
    return {
      product_id: p.id,
      title: p.title,
      unit_price: p.unit_price,
      season: s
        ? { months: s.months, off_season_months: s.off_season_months, uncertain: s.uncertain, perishable: s.perishable }
        : null,
      stock,
      kiosk_stock,
      forecasts: forecasts[p.id] ?? {},
      committed: committed[p.id] ?? {},
      demand: demand[p.id] ?? {},
    }
  })
}
