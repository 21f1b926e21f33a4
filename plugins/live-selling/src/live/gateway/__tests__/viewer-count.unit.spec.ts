import { parseTick, tickArgs } from "../aggregate-script"
import { shouldPublishCount } from "../viewer-count"

describe("viewer count broadcasts", () => {
  it("publishes every change in small rooms", () => {
    expect(shouldPublishCount(null, 0, 0, 1000)).toBe(true)
    expect(shouldPublishCount(5, 1000, 6, 1001)).toBe(true)
    expect(shouldPublishCount(5, 1000, 5, 9000)).toBe(false)
    expect(shouldPublishCount(500, 1000, 0, 1001)).toBe(true)
  })

  it("in big rooms waits for a 1 % move or 2 s", () => {
    expect(shouldPublishCount(10_000, 1000, 10_050, 1500)).toBe(false)
    expect(shouldPublishCount(10_000, 1000, 10_100, 1500)).toBe(true)
    expect(shouldPublishCount(10_000, 1000, 9_900, 1500)).toBe(true)
    expect(shouldPublishCount(10_000, 1000, 10_001, 3000)).toBe(true)
  })

  it("reads and writes the aggregate script's arguments", () => {
    const args = tickArgs("gw1", 12, 2000, 500, new Map([["heart", 3], ["wow", 1]]))
    expect(args).toEqual(["gw1", "12", "2000", "500", "heart", "3", "wow", "1"])
    expect(parseTick([0])).toEqual({ won: false })
    expect(parseTick([1, 40, 1, "heart", "7"])).toEqual({ won: true, total: 40, changed: true, reactions: { heart: 7 } })
  })
})
