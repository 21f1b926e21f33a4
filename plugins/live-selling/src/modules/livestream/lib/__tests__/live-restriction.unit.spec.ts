import { isLiveRestricted, liveRestrictedMessage } from "../live-restriction"

describe("isLiveRestricted", () => {
  it("restricts only on the literal flag true", () => {
    const cases = [{ live_restricted: true }, { live_restricted: "true" }, { live_restricted: 1 }, { live_restricted: false }, {}, null, undefined]
    expect(cases.map(isLiveRestricted)).toEqual([true, false, false, false, false, false, false])
  })

  it("names the field and the product in its refusal", () => {
    expect(liveRestrictedMessage("productIds", "prod_1")).toEqual(
      "productIds: product prod_1 may not be promoted in a livestream (live_restricted)"
    )
  })
})
