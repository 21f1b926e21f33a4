import { matchProduct, MatchOptions } from "../matching"
import { suggest } from "../suggestions"
import type { CalendarEntry, ProductSupplyDemand } from "../types"

/**
 * A constructed September 2026 at Kỳ Lừa. The current week is 2026-W38
 * (14-20 Sep); the baseline comes from W34-W37.
 *   calendar: Kỳ Lừa festival all of W38 (×2 at the kiosk); a province-wide
 *   peak all of W39 (×1.5 everywhere); two market days in W36 at ×1.7
 *   (kiosk multiplier 1 + 2 × 0.7 / 7 = 1.2 that week).
 */
const calendar: CalendarEntry[] = [
  { location_key: "ky-lua", starts_on: "2026-09-14", ends_on: "2026-09-20", multiplier: 2 },
  { location_key: null, starts_on: "2026-09-21", ends_on: "2026-09-27", multiplier: 1.5 },
  { location_key: "ky-lua", starts_on: "2026-09-01", ends_on: "2026-09-02", multiplier: 1.7 },
]
const options: MatchOptions = { currentWeek: "2026-W38", horizon: 3, historyWeeks: 4, calendar }
const ctx = { currentWeek: "2026-W38", calendar, locationNames: { "ky-lua": "Kỳ Lừa kiosk" } }

/** Na: perishable, harvest Jul-Sep, off-season crop Oct-Dec. */
const na: ProductSupplyDemand = {
  product_id: "na",
  title: "Na Chi Lăng",
  unit_price: 65000,
  season: { months: [7, 8, 9], off_season_months: [10, 11, 12], uncertain: false, perishable: true },
  stock: 5,
  kiosk_stock: { "ky-lua": 2 },
  forecasts: { "2026-W38": 30, "2026-W39": 60 },
  committed: { "2026-W38": 4, "2026-W39": 10 },
  demand: {
    // online baseline (10 + 12 + 8 + 10) / 4 = 10; 4 so far this week
    online: { "2026-W34": 10, "2026-W35": 12, "2026-W36": 8, "2026-W37": 10, "2026-W38": 4 },
    // kiosk baseline (6 + 6 + 7.2 / 1.2 + 6) / 4 = 6; 3 so far this week
    "ky-lua": { "2026-W34": 6, "2026-W35": 6, "2026-W36": 7.2, "2026-W37": 6, "2026-W38": 3 },
  },
}

/** Mandarin: harvest Nov-Feb, nothing in September, yet buyers look for it. */
const mandarin: ProductSupplyDemand = {
  product_id: "mandarin",
  title: "Quýt vàng Bắc Sơn",
  unit_price: 50000,
  season: { months: [11, 12, 1, 2], off_season_months: [], uncertain: false, perishable: true },
  stock: 0,
  kiosk_stock: {},
  forecasts: {},
  committed: {},
  demand: { online: { "2026-W34": 4, "2026-W35": 4, "2026-W36": 4, "2026-W37": 4 } },
}

/** Tea: sold all year, shelf-stable, a new batch of 50 arrives in W39. */
const tea: ProductSupplyDemand = {
  product_id: "tea",
  title: "Chè Bình Gia",
  unit_price: 120000,
  season: null,
  stock: 100,
  kiosk_stock: {},
  forecasts: { "2026-W39": 50 },
  committed: {},
  demand: { online: { "2026-W34": 20, "2026-W35": 20, "2026-W36": 20, "2026-W37": 20 } },
}

const pick = ({ week, phase, demand, supply, committed, available, balance, status, magnitude, out_of_season }: any) => ({
  week, phase, demand, supply, committed, available, balance, status, magnitude, out_of_season,
})

describe("matching a constructed week", () => {
  it("na: festival surplus this week, bigger surplus next week, off-season shortage after", () => {
    const matches = matchProduct(na, options)
    expect(matches.map(pick)).toEqual([
      // demand 10 online + 6 × 2 at the kiosk = 22; supply 5 + 30; 4 pre-ordered; 31 − 22 = 9 unsold
      { week: "2026-W38", phase: "main", demand: 22, supply: 35, committed: 4, available: 31, balance: 9, status: "surplus", magnitude: 9, out_of_season: false },
      // perishable: nothing carries over; demand (10 + 6) × 1.5 = 24; 60 − 10 − 24 = 26
      { week: "2026-W39", phase: "main", demand: 24, supply: 60, committed: 10, available: 50, balance: 26, status: "surplus", magnitude: 26, out_of_season: false },
      // October: off-season crop, nobody entered a volume: 16 short
      { week: "2026-W40", phase: "off", demand: 16, supply: 0, committed: 0, available: 0, balance: -16, status: "shortage", magnitude: 16, out_of_season: false },
    ])
    expect(matches[0].channels).toEqual({ online: 10, "ky-lua": 12 })
    expect(matches[1].multiplier).toEqual(1.5)
  })

  it("mandarin: out of season with demand, so a shortage that pre-orders can meet", () => {
    expect(matchProduct(mandarin, options).map(pick)).toEqual([
      { week: "2026-W38", phase: "none", demand: 4, supply: 0, committed: 0, available: 0, balance: -4, status: "shortage", magnitude: 4, out_of_season: true },
      { week: "2026-W39", phase: "none", demand: 6, supply: 0, committed: 0, available: 0, balance: -6, status: "shortage", magnitude: 6, out_of_season: true },
      { week: "2026-W40", phase: "none", demand: 4, supply: 0, committed: 0, available: 0, balance: -4, status: "shortage", magnitude: 4, out_of_season: true },
    ])
  })

  it("tea: stock meant to last is no surplus; the new batch that will not sell is", () => {
    expect(matchProduct(tea, options).map((m) => [m.week, m.demand, m.supply, m.status, m.magnitude])).toEqual([
      ["2026-W38", 20, 100, "balanced", 0],
      ["2026-W39", 30, 130, "surplus", 50],
      ["2026-W40", 20, 100, "balanced", 0],
    ])
  })

  it("suggests a livestream, a kiosk restock, pre-orders and more volume, biggest value first", () => {
    expect(suggest(na, matchProduct(na, options), ctx).map((s) => [s.kind, s.week, s.location_key, s.quantity, s.value_at_stake])).toEqual([
      ["raise_supply", "2026-W40", null, 16, 1040000],
      ["restock_kiosk", "2026-W38", "ky-lua", 10, 650000],
      ["schedule_livestream", "2026-W38", null, 9, 585000],
    ])
    const [pre] = suggest(mandarin, matchProduct(mandarin, options), ctx)
    expect(pre).toEqual(
      expect.objectContaining({ kind: "open_pre_orders", week: "2026-W38", quantity: 4, handle: "open_pre_orders:2026-W38:mandarin:" })
    )
    expect(pre.message).toContain("open pre-orders (harvest months 11-2, from 2026-W45)")
    const [live] = suggest(tea, matchProduct(tea, options), ctx)
    expect(live.message).toEqual("Surplus of 50 × Chè Bình Gia next week: schedule a livestream (≈ 6,000,000 VND)")
    const restock = suggest(na, matchProduct(na, options), ctx)[1]
    expect(restock.message).toContain("Kỳ Lừa kiosk sells out of Na Chi Lăng on market days (1 in 2026-W38)")
  })

  it("counts what already sold this week when it beats the estimate", () => {
    const busy = { ...tea, demand: { online: { ...tea.demand.online, "2026-W38": 95 } } }
    expect(matchProduct(busy, options)[0]).toEqual(expect.objectContaining({ demand: 95, balance: 5, status: "balanced" }))
  })
})
