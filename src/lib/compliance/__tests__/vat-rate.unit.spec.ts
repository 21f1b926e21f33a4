import { vatRateOn, vatRatesOn } from "../vat-rate"

describe("vatRateOn", () => {
  it("gives 5 % for farm produce, 8 % for standard goods and 10 % for spirits during the 2025-2026 reduction", () => {
    expect(vatRatesOn(new Date("2026-12-04T12:00:00Z"))).toEqual({ farm_produce: 5, standard: 8, excise_goods: 10 })
  })

  it("ends the reduction at the end of 31 December 2026, Vietnam time (UTC+7)", () => {
    // 31/12/2026 23:59:59 in Hà Nội
    expect(vatRateOn("standard", new Date("2026-12-31T16:59:59.999Z"))).toEqual(8)
    // 01/01/2027 00:00 in Hà Nội, still 31/12 in UTC
    expect(vatRateOn("standard", new Date("2026-12-31T17:00:00Z"))).toEqual(10)
    expect(vatRatesOn(new Date("2027-01-02T00:00:00Z"))).toEqual({ farm_produce: 5, standard: 10, excise_goods: 10 })
  })

  it("covers both 2025 reductions without a gap on 1 July 2025", () => {
    expect(vatRateOn("standard", new Date("2025-06-30T16:59:59Z"))).toEqual(8)
    expect(vatRateOn("standard", new Date("2025-06-30T17:00:00Z"))).toEqual(8)
    expect(vatRateOn("standard", new Date("2025-01-01T00:00:00+07:00"))).toEqual(8)
  })

  it("never reduces farm produce or excise goods", () => {
    for (const at of ["2025-03-01", "2026-06-01", "2027-06-01"]) {
      expect([vatRateOn("farm_produce", new Date(at)), vatRateOn("excise_goods", new Date(at))]).toEqual([5, 10])
    }
  })

  it("refuses dates before its table and unknown classes", () => {
    expect(() => vatRateOn("standard", new Date("2024-12-31T16:59:59Z"))).toThrow(RangeError)
    expect(() => vatRateOn("standard", new Date("not a date"))).toThrow(RangeError)
    expect(() => vatRateOn("luxury" as any, new Date("2026-01-01"))).toThrow('Unknown VAT class "luxury"')
  })
})
