import { ID_PREFIX, newId } from "../../lib/ids"
import { keyedThrottle } from "../../lib/keyed-throttle"
import { publishArgs } from "../redis-event-scripts"
import { isContiguousAfter, toWire, type LiveEvent } from "../types"

const ev = (seq: number): LiveEvent => ({ streamId: "s", seq, ts: 1, type: "x", payload: {} })

describe("event log helpers", () => {
  it("puts streamId, seq and ts on every wire payload (server fields win)", () => {
    const wire = toWire({ streamId: "lstr_1", seq: 7, ts: 1234, type: "offer:stock", payload: { offerId: "o", left: 3, seq: 99 } })
    expect(wire).toEqual({ offerId: "o", left: 3, streamId: "lstr_1", seq: 7, ts: 1234 })
  })

  it("recognises a replay without holes", () => {
    expect(isContiguousAfter([ev(5), ev(6), ev(7)], 4)).toBe(true)
    expect(isContiguousAfter([ev(6), ev(7)], 4)).toBe(false)
    expect(isContiguousAfter([ev(5), ev(7)], 4)).toBe(false)
    expect(isContiguousAfter([], 4)).toBe(true)
  })

  it("builds publish script keys (offer hash only for stock events)", () => {
    const plain = publishArgs({ seq: "k:seq", log: "k:log" }, "lstr_1", "chat:message", { text: "a" }, "ch", 300000)
    expect(plain).toEqual({ keys: ["k:seq", "k:log"], args: ["lstr_1", "chat:message", '{"text":"a"}', "ch", "300000"] })
    const stock = publishArgs({ seq: "a", log: "b", offer: "c" }, "s", "offer:stock", {}, "ch", 1)
    expect(stock.keys).toEqual(["a", "b", "c"])
  })

  it("makes sortable Medusa-shaped ids", () => {
    const a = newId(ID_PREFIX.claim, 1_700_000_000_000)
    const b = newId(ID_PREFIX.claim, 1_700_000_000_001)
    expect(a).toMatch(/^lclm_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(a < b).toBe(true)
  })
})

describe("keyed throttle", () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it("runs at once when quiet, then once at the end of the window", async () => {
    const calls: string[] = []
    const t = keyedThrottle(async (k) => void calls.push(k), 100)
    t.touch("a")
    t.touch("a")
    t.touch("a")
    t.touch("b")
    expect(calls).toEqual(["a", "b"])
    jest.advanceTimersByTime(100)
    expect(calls).toEqual(["a", "b", "a"])
    jest.advanceTimersByTime(500)
    expect(calls).toEqual(["a", "b", "a"])
  })

  it("flush runs pending calls now", async () => {
    const calls: string[] = []
    const t = keyedThrottle(async (k) => void calls.push(k), 100)
    t.touch("a")
    t.touch("a")
    await t.flush()
    expect(calls).toEqual(["a", "a"])
  })
})
