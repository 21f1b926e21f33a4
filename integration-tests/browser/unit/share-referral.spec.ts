import { cleanSignal } from "../../../storefront/src/lib/demand/batcher"
import { codeFromBytes, referralOf, shareLinks, withReferral } from "../../../storefront/src/lib/share/referral"

describe("referral links", () => {
  it("sets the sharer's code on the page URL, replacing an earlier one", () => {
    expect(withReferral("https://ocop.example/vi/products/na-chi-lang", "Ab3dE6gH")).toEqual("https://ocop.example/vi/products/na-chi-lang?ref=Ab3dE6gH")
    expect(withReferral("https://ocop.example/vi/live/lstr_1?ref=Old12345&x=1", "Ab3dE6gH")).toEqual("https://ocop.example/vi/live/lstr_1?ref=Ab3dE6gH&x=1")
  })

  it("reads a well-formed code from a visited URL, and nothing else", () => {
    expect(referralOf("?ref=Ab3dE6gH")).toEqual("Ab3dE6gH")
    expect(referralOf("?x=1&ref=Ab3dE6gH")).toEqual("Ab3dE6gH")
    for (const bad of ["", "?ref=", "?ref=short", "?ref=a%40b.vn12345", "?ref=" + "A".repeat(17)]) expect(referralOf(bad)).toBeNull()
  })

  it("builds Zalo and Facebook share links carrying the whole URL", () => {
    const url = "https://ocop.example/vi/products/na-chi-lang?ref=Ab3dE6gH"
    expect(shareLinks(url, "Na Chi Lăng")).toEqual({
      zalo: `https://zalo.me/share?url=${encodeURIComponent(url)}&text=${encodeURIComponent("Na Chi Lăng")}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    })
  })

  it("makes codes of letters and digits only, the same for the same bytes", () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 128, 64, 33, 7, 9])
    expect(codeFromBytes(bytes)).toMatch(/^[A-Za-z0-9]{10}$/)
    expect(codeFromBytes(bytes)).toEqual(codeFromBytes(bytes))
    expect(codeFromBytes(new Uint8Array(32).fill(3), 12)).toHaveLength(12)
  })

  it("sends a share or a visit only with its channel, its code and its page", () => {
    expect(cleanSignal({ kind: "share", channel: "zalo", referral_code: "Ab3dE6gH", product_id: "prod_1" })).toEqual({
      kind: "share",
      channel: "zalo",
      referral_code: "Ab3dE6gH",
      product_id: "prod_1",
    })
    expect(cleanSignal({ kind: "share", channel: "sms" as any, referral_code: "Ab3dE6gH", product_id: "prod_1" })).toBeNull()
    expect(cleanSignal({ kind: "share", channel: "copy", referral_code: "Ab3dE6gH" })).toBeNull()
    expect(cleanSignal({ kind: "referral_visit", referral_code: "Ab3dE6gH", stream_id: "lstr_1", channel: "copy" })).toEqual({
      kind: "referral_visit",
      referral_code: "Ab3dE6gH",
      stream_id: "lstr_1",
    })
    expect(cleanSignal({ kind: "product_view", product_id: "prod_1", referral_code: "Ab3dE6gH" })).toEqual({ kind: "product_view", product_id: "prod_1" })
  })
})
