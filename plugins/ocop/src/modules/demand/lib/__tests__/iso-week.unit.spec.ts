import { addWeeks, isIsoWeek, isoWeekOf, isoWeekOfDate, weekDates, weekMonth, weekRange, weekStart } from "../iso-week"

describe("ISO weeks in Vietnam time", () => {
  it("puts an instant in the week it falls in at UTC+7", () => {
    // Sunday 2026-11-29 20:00 UTC is Monday 03:00 in Lạng Sơn: the next week
    expect(isoWeekOf("2026-11-29T16:59:59Z")).toEqual("2026-W48")
    expect(isoWeekOf("2026-11-29T17:00:00Z")).toEqual("2026-W49")
  })

  it("handles years whose week 1 starts in December and week 53", () => {
    expect(isoWeekOfDate("2026-12-31")).toEqual("2026-W53")
    expect(isoWeekOfDate("2027-01-03")).toEqual("2026-W53")
    expect(isoWeekOfDate("2027-01-04")).toEqual("2027-W01")
    expect(isoWeekOfDate("2025-12-29")).toEqual("2026-W01")
    expect(isIsoWeek("2026-W53")).toBe(true)
    expect(isIsoWeek("2027-W53")).toBe(false)
    expect(isIsoWeek("2026-W00")).toBe(false)
    expect(isIsoWeek("2026-49")).toBe(false)
  })

  it("gives the dates, start instant, month and neighbours of a week", () => {
    expect(weekDates("2026-W49")).toEqual([
      "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06",
    ])
    expect(weekStart("2026-W49").toISOString()).toEqual("2026-11-29T17:00:00.000Z")
    expect(weekMonth("2026-W49")).toEqual(12)
    expect(addWeeks("2026-W52", 2)).toEqual("2027-W01")
    expect(addWeeks("2027-W01", -1)).toEqual("2026-W53")
    expect(weekRange("2026-W52", "2027-W02")).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"])
  })
})
