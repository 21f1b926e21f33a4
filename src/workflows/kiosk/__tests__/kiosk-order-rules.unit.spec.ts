import { KIOSK_PROVIDERS, mergeLines, pickupOptionCode, stockShortfall } from "../kiosk-order-rules"

describe("kiosk order rules", () => {
  it("adds up lines of the same variant", () => {
    expect(
      mergeLines([
        { variant_id: "a", quantity: 2 },
        { variant_id: "b", quantity: 1 },
        { variant_id: "a", quantity: 3 },
      ])
    ).toEqual([
      { variant_id: "a", quantity: 5 },
      { variant_id: "b", quantity: 1 },
    ])
  })

  it("names the first line short of stock, counting the same variant's lines together", () => {
    const facts = [
      { id: "a", title: "Honey (500 ml)", limited: true, available: 4 },
      { id: "b", title: "Tea", limited: true, available: 10 },
    ]
    expect(stockShortfall([{ variant_id: "a", quantity: 4 }], facts)).toBeNull()
    expect(
      stockShortfall(
        [
          { variant_id: "a", quantity: 3 },
          { variant_id: "a", quantity: 2 },
        ],
        facts
      )
    ).toEqual({ variant_id: "a", title: "Honey (500 ml)", available: 4, wanted: 5 })
  })

  it("variants without managed inventory or with backorders are never short", () => {
    const facts = [{ id: "x", title: "Tour", limited: false, available: 0 }]
    expect(stockShortfall([{ variant_id: "x", quantity: 50 }], facts)).toBeNull()
  })

  it("cash is the system provider, VietQR its own; pickup codes follow the seed", () => {
    expect(KIOSK_PROVIDERS).toEqual({ cash: "pp_system_default", vietqr: "pp_vietqr_vietqr" })
    expect(pickupOptionCode("ky-lua")).toBe("pickup-ky-lua")
  })
})
