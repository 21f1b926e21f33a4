import { kyLuaFestival, marketDayEntries, tetEntries } from "../market-days"

describe("calendar entries from the lunar table", () => {
  it("lists Kỳ Lừa market days with stable handles", () => {
    const days = marketDayEntries({ location_key: "ky-lua", name: "Phiên chợ Kỳ Lừa", from: "2026-11-30", to: "2026-12-13", multiplier: 1.6 })
    expect(days!.map((d) => d.handle)).toEqual(["ky-lua-market-2026-11-30", "ky-lua-market-2026-12-05", "ky-lua-market-2026-12-10"])
    expect(days![0]).toEqual(expect.objectContaining({ kind: "market_day", starts_on: "2026-11-30", ends_on: "2026-11-30", multiplier: 1.6 }))
    expect(marketDayEntries({ location_key: "ky-lua", name: "x", from: "2027-12-01", to: "2028-02-01", multiplier: 1.5 })).toBeNull()
  })

  it("dates the Kỳ Lừa festival and Tết 2027", () => {
    expect(kyLuaFestival(2027, 2)).toEqual(expect.objectContaining({ starts_on: "2027-02-27", ends_on: "2027-03-04" }))
    expect(tetEntries(2027, 1.8, 0.4).map((e) => [e.handle, e.starts_on, e.ends_on])).toEqual([
      ["tet-2027-gift-rush", "2027-01-23", "2027-02-05"],
      ["tet-2027", "2027-02-06", "2027-02-10"],
    ])
    expect(kyLuaFestival(2028, 2)).toBeNull()
  })
})
