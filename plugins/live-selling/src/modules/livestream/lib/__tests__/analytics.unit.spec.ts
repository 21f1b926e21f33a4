import { streamAnalytics } from "../analytics"

describe("streamAnalytics", () => {
  const input = {
    viewers: { current: 0, peak: 200, average: 120.5 },
    reactions: { heart: 40 },
    groups: [
      { offer_id: "loff_1", status: "converted" as const, claims: 3, units: 4, value: 196000 },
      { offer_id: "loff_1", status: "expired" as const, claims: 1, units: 1, value: 49000 },
      { offer_id: "loff_1", status: "held" as const, claims: 1, units: 2, value: 98000 },
      { offer_id: "loff_2", status: "released" as const, claims: 2, units: 2, value: 300000 },
      { offer_id: "loff_2", status: "converted" as const, claims: 1, units: 1, value: 150000 },
    ],
    orders: 3,
    buyers: 3,
    offers: [
      { id: "loff_1", title: "Na", price: 49000, quantity: 10 },
      { id: "loff_2", title: "Hồng", price: 150000, quantity: 5 },
    ],
  }

  it("adds claims, units and GMV (converted only) up exactly", () => {
    const a = streamAnalytics(input)
    expect(a.claims).toEqual({ total: 8, held: 1, converted: 4, released: 2, expired: 1 })
    expect(a.units).toEqual({ held: 2, sold: 5, returned: 3 })
    expect(a.gmv).toBe(346000)
    expect(a.orders).toBe(3)
  })

  it("computes conversion ratios and per-offer figures", () => {
    const a = streamAnalytics(input)
    expect(a.conversion).toEqual({ claim_to_order: 0.5, viewer_to_buyer: 0.015 })
    expect(a.offers).toEqual([
      { id: "loff_1", title: "Na", price: 49000, quantity: 10, units_claimed: 6, units_sold: 4, gmv: 196000, sell_through: 0.4 },
      { id: "loff_2", title: "Hồng", price: 150000, quantity: 5, units_claimed: 1, units_sold: 1, gmv: 150000, sell_through: 0.2 },
    ])
  })

  it("answers zeros, not NaN, for a stream nobody watched", () => {
    const a = streamAnalytics({ ...input, viewers: { current: 0, peak: 0, average: 0 }, groups: [], orders: 0, buyers: 0, offers: [] })
    expect(a.conversion).toEqual({ claim_to_order: 0, viewer_to_buyer: 0 })
    expect(a.gmv).toBe(0)
  })
})
