import { liveCartProblems, liveLineProblem, liveLinesOf, type ClaimState } from "../claim-lines"

const NOW = new Date("2026-05-01T10:00:00Z")
const line = { id: "cali_1", claimId: "lclm_1", title: "Na Chi Lăng", variantId: "variant_1", quantity: 2, unitPrice: 49000 }
const held: ClaimState = {
  id: "lclm_1",
  status: "held",
  cart_id: "cart_1",
  variant_id: "variant_1",
  quantity: 2,
  price: 49000,
  expires_at: new Date(NOW.getTime() + 60_000),
}

describe("liveLinesOf", () => {
  it("keeps only lines carrying a claim id, with numeric quantity and price", () => {
    const lines = liveLinesOf([
      { id: "a", title: "Na", variant_id: "v", quantity: "2", unit_price: "49000", metadata: { live_claim_id: "lclm_1" } },
      { id: "b", title: "Quýt", variant_id: "v2", quantity: 1, unit_price: 1, metadata: {} },
      { id: "c", variant_id: "v3", quantity: 1, unit_price: 1, metadata: null },
    ])
    expect(lines).toEqual([{ id: "a", claimId: "lclm_1", title: "Na", variantId: "v", quantity: 2, unitPrice: 49000 }])
  })
})

describe("liveLineProblem", () => {
  it("accepts a held, unexpired claim of this cart with the same quantity and price", () => {
    expect(liveLineProblem(line, held, "cart_1", NOW)).toBeNull()
  })

  it("accepts a claim already converted for this cart (a retried completion)", () => {
    expect(liveLineProblem(line, { ...held, status: "converted" }, "cart_1", NOW)).toBeNull()
  })

  it.each([
    ["no claim", undefined, /no hold/],
    ["another cart", { ...held, cart_id: "cart_2" }, /another cart/],
    ["an expired claim", { ...held, status: "expired" as const }, /expired/],
    ["a released claim", { ...held, status: "released" as const }, /released/],
    ["a hold past its time", { ...held, expires_at: new Date(NOW.getTime() - 1) }, /expired/],
    ["a hold ending right now", { ...held, expires_at: NOW }, /expired/],
    ["another quantity", { ...held, quantity: 1 }, /quantity 1/],
    ["another price", { ...held, price: 50000 }, /live price 50000/],
    ["another variant", { ...held, variant_id: "variant_2" }, /variant/],
  ])("refuses %s", (_, claim, message) => {
    expect(liveLineProblem(line, claim, "cart_1", NOW)).toMatch(message)
  })
})

describe("liveCartProblems", () => {
  it("reports each bad line and a claim used twice", () => {
    const other = { ...line, id: "cali_2", claimId: "lclm_2", title: "Quýt" }
    const problems = liveCartProblems([line, { ...line, id: "cali_3" }, other], [held], "cart_1", NOW)
    expect(problems).toEqual([
      expect.stringMatching(/repeats a claim/),
      expect.stringMatching(/"Quýt" has no hold/),
    ])
  })

  it("is empty when every line can be bought", () => {
    expect(liveCartProblems([line], [held], "cart_1", NOW)).toEqual([])
  })
})
