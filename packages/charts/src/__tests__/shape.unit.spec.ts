import { demandSupplySeries, divergentWeeks, preOrderBookSeries, signalSeries } from "../shape/demand"
import { rankingSeries, sampleSeries } from "../shape/samples"

const LABELS = { realized: "Đã bán", forecast: "Dự báo", supply: "Nguồn cung" }

describe("demandSupplySeries", () => {
  const weeks = [
    { week: "2026-W48", realized: 4, demand: null, supply: 20, available: 17 },
    { week: "2026-W49", realized: 0, demand: 6.5, supply: null, available: null },
  ]

  it("makes realized bars, a supply line and a forecast line per week; a week without a figure is a gap", () => {
    expect(demandSupplySeries(weeks, LABELS, { unit: "kg" })).toEqual([
      { id: "realized", label: "Đã bán", unit: "kg", style: "bar", points: [{ x: "2026-W48", y: 4 }, { x: "2026-W49", y: 0 }] },
      { id: "supply", label: "Nguồn cung", unit: "kg", style: "line", points: [{ x: "2026-W48", y: 20 }, { x: "2026-W49", y: null }] },
      { id: "forecast", label: "Dự báo", unit: "kg", style: "line", points: [{ x: "2026-W48", y: null }, { x: "2026-W49", y: 6.5 }] },
    ])
  })

  it("takes the supply left after pre-orders when asked", () => {
    const supply = demandSupplySeries(weeks, LABELS, { supply: "available" })[1]
    expect(supply.points.map((p) => p.y)).toEqual([17, null])
    expect(supply.unit).toBeUndefined()
  })
})

describe("signalSeries", () => {
  const kinds = [
    { id: "product_view", label: "Views" },
    { id: "order", label: "Orders" },
    { id: "kiosk_scan", label: "Kiosk scans" },
  ]

  it("sums events per week and kind, gives 0 to weeks with none, and leaves out kinds that never occur", () => {
    const signals = [
      { week: "2026-W47", kind: "order", events: 2 },
      { week: "2026-W47", kind: "order", events: 1 },
      { week: "2026-W49", kind: "product_view", events: 7 },
      // outside the weeks asked for: neither counted nor a reason to show its kind
      { week: "2026-W50", kind: "kiosk_scan", events: 9 },
    ]
    expect(signalSeries(["2026-W47", "2026-W48", "2026-W49"], signals, kinds)).toEqual([
      { id: "product_view", label: "Views", points: [{ x: "2026-W47", y: 0 }, { x: "2026-W48", y: 0 }, { x: "2026-W49", y: 7 }] },
      { id: "order", label: "Orders", points: [{ x: "2026-W47", y: 3 }, { x: "2026-W48", y: 0 }, { x: "2026-W49", y: 0 }] },
    ])
  })

  it("has no series without signals", () => {
    expect(signalSeries(["2026-W47"], [], kinds)).toEqual([])
  })
})

describe("preOrderBookSeries", () => {
  it("makes one row per product and harvest week and one series per status", () => {
    const book = [
      { product_id: "p1", title: "Na Chi Lăng", expected_week: "2026-W50", reserved: 3, harvest_ready: 0, fulfilled: 1 },
      { product_id: "p2", title: "Hồi Văn Quan", expected_week: "2026-W51", reserved: 0, harvest_ready: 2, fulfilled: 0 },
    ]
    const statuses = [
      { id: "reserved" as const, label: "Đã giữ" },
      { id: "fulfilled" as const, label: "Đã giao" },
    ]
    expect(preOrderBookSeries(book, statuses)).toEqual([
      { id: "reserved", label: "Đã giữ", unit: undefined, points: [{ x: "Na Chi Lăng · 2026-W50", y: 3 }, { x: "Hồi Văn Quan · 2026-W51", y: 0 }] },
      { id: "fulfilled", label: "Đã giao", unit: undefined, points: [{ x: "Na Chi Lăng · 2026-W50", y: 1 }, { x: "Hồi Văn Quan · 2026-W51", y: 0 }] },
    ])
  })
})

describe("sampleSeries", () => {
  it("makes one series per figure over time; a reading without the figure is a gap", () => {
    const samples = [
      { t: 1000, values: { viewers: 3, claims: 0 } },
      { t: 3000, values: { viewers: 5 } },
    ]
    expect(sampleSeries(samples, [{ key: "viewers", label: "Người xem" }, { key: "claims", label: "Lượt chốt" }])).toEqual([
      { id: "viewers", label: "Người xem", unit: undefined, points: [{ x: 1000, y: 3 }, { x: 3000, y: 5 }] },
      { id: "claims", label: "Lượt chốt", unit: undefined, points: [{ x: 1000, y: 0 }, { x: 3000, y: null }] },
    ])
  })
})

describe("rankingSeries", () => {
  it("ranks largest first and keeps two items with the same label apart", () => {
    const s = rankingSeries("gmv", "GMV", [{ label: "Phiên A", value: 10 }, { label: "Phiên B", value: 30 }, { label: "Phiên A", value: 20 }], "₫")
    expect(s).toEqual({
      id: "gmv",
      label: "GMV",
      unit: "₫",
      style: "bar",
      points: [{ x: "Phiên B", y: 30 }, { x: "Phiên A", y: 20 }, { x: "Phiên A (2)", y: 10 }],
    })
  })
})

describe("divergentWeeks", () => {
  it("keeps shortage and surplus weeks in week order, not balanced or unknown ones", () => {
    const points = [
      { week: "2026-W51", status: "surplus", magnitude: 4 },
      { week: "2026-W49", status: "shortage", magnitude: 2.5 },
      { week: "2026-W50", status: "balanced", magnitude: 0 },
      { week: "2026-W48", status: null, magnitude: 0 },
    ]
    expect(divergentWeeks(points)).toEqual([
      { week: "2026-W49", status: "shortage", magnitude: 2.5 },
      { week: "2026-W51", status: "surplus", magnitude: 4 },
    ])
  })
})
