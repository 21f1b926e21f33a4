import { canTransition, depositAmount, preOrderCapacity, PRE_ORDER_STATUSES, withoutBuyer } from "../pre-order"
import { nextHarvestWeek, seasonPhase } from "../season"
import { weekMultiplier } from "../calendar"
import { csvField, toCsv } from "../csv"

describe("pre-order rules", () => {
  it("moves reserved → harvest_ready → fulfilled, cancels open ones only", () => {
    const allowed = PRE_ORDER_STATUSES.flatMap((from) =>
      PRE_ORDER_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`)
    )
    expect(allowed).toEqual(["reserved→harvest_ready", "reserved→cancelled", "harvest_ready→fulfilled", "harvest_ready→cancelled"])
  })

  it("asks a 30% deposit rounded up to 1,000 VND, and caps by the expected volume", () => {
    expect(depositAmount(65000, 3)).toEqual(59000) // 58,500 → 59,000
    expect(depositAmount(50000, 2)).toEqual(30000)
    expect(preOrderCapacity(100, 30)).toEqual(70)
    expect(preOrderCapacity(10, 30)).toEqual(0)
    expect(preOrderCapacity(null, 30)).toBeNull()
  })
})

describe("seasons and calendar", () => {
  const persimmon = { months: [9, 10], off_season_months: [], uncertain: false, perishable: true }
  it("finds the phase of a week and the next harvest", () => {
    expect(seasonPhase("2026-W49", persimmon)).toEqual("none")
    expect(seasonPhase("2026-W40", persimmon)).toEqual("main")
    expect(seasonPhase("2026-W40", null)).toEqual("all_year")
    expect(nextHarvestWeek(persimmon, "2026-W49")).toEqual("2027-W35") // Thursday 2 Sep 2027
  })

  it("weights calendar entries by their days in the week, per channel", () => {
    const days = [
      { location_key: "ky-lua", starts_on: "2026-12-01", ends_on: "2026-12-01", multiplier: 1.7 },
      { location_key: "ky-lua", starts_on: "2026-12-05", ends_on: "2026-12-05", multiplier: 1.7 },
      { location_key: null, starts_on: "2026-12-06", ends_on: "2026-12-12", multiplier: 0.3 },
    ]
    expect(weekMultiplier("2026-W49", days, "ky-lua")).toBeCloseTo(1 + (2 * 0.7 - 0.7) / 7)
    expect(weekMultiplier("2026-W49", days, null)).toBeCloseTo(1 - 0.7 / 7)
    // Tết-like closure from Sunday 6 Dec: six of its days fall in W50 (7-13 Dec)
    expect(weekMultiplier("2026-W50", days, "dong-kinh")).toBeCloseTo(1 - (6 * 0.7) / 7)
  })

  it("writes CSV safely", () => {
    expect(csvField('Na "dai", 1 kg')).toEqual('"Na ""dai"", 1 kg"')
    expect(csvField("=HYPERLINK(1)")).toEqual("'=HYPERLINK(1)")
    expect(toCsv(["a", "b"], [{ a: 1, b: null }])).toEqual("a,b\r\n1,\r\n")
  })
})

describe("withoutBuyer", () => {
  it("keeps what to harvest and when, drops the cart, the customer and the buyer's note", () => {
    const preOrder = {
      id: "preo_1", product_id: "prod_1", variant_id: "variant_1", quantity: 2, expected_week: "2027-W36", status: "reserved",
      payment_mode: "deposit", unit_price: 60000, deposit_amount: 36000, order_id: null, channel: "store",
      cart_id: "cart_secret", customer_id: "cus_1", note: "gọi 0912345678", cart: { id: "cart_secret" }, customer: { email: "a@b.vn" },
    }
    expect(withoutBuyer(preOrder)).toEqual({
      id: "preo_1", product_id: "prod_1", variant_id: "variant_1", quantity: 2, expected_week: "2027-W36", status: "reserved",
      payment_mode: "deposit", unit_price: 60000, deposit_amount: 36000, order_id: null, channel: "store",
    })
  })
})
