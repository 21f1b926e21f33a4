import { alignSeries, formatX, formatY, shortWeek, valueCount, type Series } from "../series"

describe("alignSeries", () => {
  it("lays series on one axis: missing points are null (not zero), text x in first-seen order", () => {
    const series: Series[] = [
      { id: "a", label: "A", points: [{ x: "2026-W01", y: 1 }, { x: "2026-W02", y: 0 }] },
      { id: "b", label: "B", points: [{ x: "2026-W02", y: 5 }, { x: "2026-W03", y: null }] },
    ]
    expect(alignSeries(series)).toEqual({
      xs: ["2026-W01", "2026-W02", "2026-W03"],
      values: [
        [1, 0, null],
        [null, 5, null],
      ],
    })
  })

  it("sorts numeric x (times) ascending", () => {
    const series: Series[] = [
      { id: "a", label: "A", points: [{ x: 30, y: 3 }, { x: 10, y: 1 }] },
      { id: "b", label: "B", points: [{ x: 20, y: 2 }] },
    ]
    expect(alignSeries(series)).toEqual({ xs: [10, 20, 30], values: [[1, null, 3], [null, 2, null]] })
  })

  it("has nothing to lay out for no series or empty series", () => {
    expect(alignSeries([])).toEqual({ xs: [], values: [] })
    expect(alignSeries([{ id: "a", label: "A", points: [] }])).toEqual({ xs: [], values: [[]] })
  })
})

describe("formatting", () => {
  it("counts only points that carry a value", () => {
    expect(valueCount([{ id: "a", label: "A", points: [{ x: 1, y: 0 }, { x: 2, y: null }] }])).toBe(1)
  })

  it("writes weeks without the year, times as a 24-hour clock, values with one decimal and a dash for none", () => {
    expect(shortWeek("2026-W49")).toBe("W49")
    expect(shortWeek("Na Chi Lăng · 2026-W50")).toBe("Na Chi Lăng · 2026-W50")
    expect(formatX("2026-W49", "week")).toBe("W49")
    expect(formatX(Date.UTC(2026, 11, 5, 11, 4, 9), "time", "en-GB")).toMatch(/^\d\d:04:09$/)
    expect(formatY(1234.56, "en")).toBe("1,234.6")
    expect(formatY(1234.56, "vi")).toBe("1.234,6")
    expect(formatY(null)).toBe("—")
  })
})
