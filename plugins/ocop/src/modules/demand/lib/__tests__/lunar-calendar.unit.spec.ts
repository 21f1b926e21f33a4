import { fromLunar, KY_LUA_MARKET_DAYS, lunarDaysBetween, lunarTableCovers, toLunar } from "../lunar-calendar"

describe("lunar calendar table 2026-2027", () => {
  it("places Tết and the Mid-Autumn festival on their known dates", () => {
    expect(fromLunar({ year: 2026, month: 1, day: 1 })).toEqual("2026-02-17")
    expect(fromLunar({ year: 2027, month: 1, day: 1 })).toEqual("2027-02-06")
    expect(fromLunar({ year: 2026, month: 8, day: 15 })).toEqual("2026-09-25")
    expect(toLunar("2027-02-05")).toEqual({ year: 2026, month: 12, day: 29 })
  })

  it("puts the Kỳ Lừa festival (22-27 of the 1st month) in March 2026 and 2027", () => {
    expect(fromLunar({ year: 2026, month: 1, day: 22 })).toEqual("2026-03-10")
    expect(fromLunar({ year: 2027, month: 1, day: 27 })).toEqual("2027-03-04")
  })

  it("lists six Kỳ Lừa market days per lunar month", () => {
    const days = lunarDaysBetween("2026-12-09", "2027-01-07", KY_LUA_MARKET_DAYS)
    expect(days).toEqual(["2026-12-10", "2026-12-15", "2026-12-20", "2026-12-25", "2026-12-30", "2027-01-04"])
    for (const d of days) expect(KY_LUA_MARKET_DAYS).toContain(toLunar(d)!.day)
  })

  it("refuses dates the table does not cover instead of guessing", () => {
    expect(toLunar("2028-02-01")).toBeNull()
    expect(fromLunar({ year: 2027, month: 12, day: 30 })).toBeNull() // a 29-day month
    expect(fromLunar({ year: 2028, month: 1, day: 1 })).toBeNull()
    expect(lunarTableCovers("2026-11-28", "2027-02-28")).toBe(true)
    expect(lunarTableCovers("2027-12-01", "2028-03-01")).toBe(false)
  })
})
