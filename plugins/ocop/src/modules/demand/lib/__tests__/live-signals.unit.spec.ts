import { liveClaimEvent, livePeakViewersEvent } from "../live-signals"

const claim = {
  id: "lclm_1",
  stream_id: "lstr_1",
  product_id: "prod_na",
  variant_id: "variant_na_1kg",
  quantity: 3,
  price: 49000,
  created_at: "2026-11-27T13:00:00.000Z", // Friday 20:00 in Vietnam
}

describe("live demand signals", () => {
  it("counts a converted claim's units at the live price, once by its ref", () => {
    expect(liveClaimEvent({ ...claim, status: "converted" })).toMatchObject({
      kind: "live_claim",
      source: "server",
      ref: "live_claim:lclm_1",
      stream_id: "lstr_1",
      product_id: "prod_na",
      quantity: 3,
      value: 147000,
      week: "2026-W48",
    })
  })

  it("keeps the demand of an expired or released claim but no value", () => {
    for (const status of ["expired", "released"] as const) {
      expect(liveClaimEvent({ ...claim, status })).toMatchObject({ quantity: 3, value: 0, ref: "live_claim:lclm_1" })
    }
  })

  it("dates the peak audience at the stream's end, and skips an empty stream", () => {
    const ended = { id: "lstr_1", ended_at: "2026-11-30T16:59:00.000Z" } // Monday 23:59 in Vietnam
    expect(livePeakViewersEvent(ended, 1204)).toMatchObject({
      kind: "live_peak_viewers",
      quantity: 1204,
      ref: "live_peak_viewers:lstr_1",
      week: "2026-W49",
      product_id: null,
    })
    expect(livePeakViewersEvent(ended, 0)).toBeNull()
  })
})
