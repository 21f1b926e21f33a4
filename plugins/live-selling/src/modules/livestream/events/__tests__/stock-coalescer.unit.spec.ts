import { stockCoalescer, type CoalescerTimers } from "../stock-coalescer"

/** A hand-driven clock: `advance(ms)` fires the timers that fall due, in order. */
function manualTimers() {
  let now = 0
  let nextId = 0
  const due = new Map<number, { at: number; fn: () => void }>()
  const timers: CoalescerTimers = {
    now: () => now,
    setTimeout: (fn, ms) => (due.set(++nextId, { at: now + ms, fn }), nextId),
    clearTimeout: (id) => void due.delete(id as number),
  }
  const advance = (ms: number) => {
    const until = now + ms
    for (;;) {
      const next = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0]
      if (!next) break
      due.delete(next[0])
      now = next[1].at
      next[1].fn()
    }
    now = until
  }
  return { timers, advance, pending: () => due.size }
}

function setup() {
  const clock = manualTimers()
  const sent: { offerId: string; at: number }[] = []
  const c = stockCoalescer(async (offerId) => void sent.push({ offerId, at: clock.timers.now() }), { windowMs: 100, timers: clock.timers })
  return { c, clock, sent }
}

describe("stockCoalescer", () => {
  it("sends at once when quiet, then at most once per window with the latest touch", () => {
    const { c, clock, sent } = setup()
    c.touch("o1", 9)
    c.touch("o1", 8)
    c.touch("o1", 7)
    clock.advance(40)
    c.touch("o1", 6)
    expect(sent).toEqual([{ offerId: "o1", at: 0 }])
    clock.advance(60)
    expect(sent).toEqual([{ offerId: "o1", at: 0 }, { offerId: "o1", at: 100 }])
    clock.advance(1000)
    expect(sent).toHaveLength(2)
  })

  it("keeps offers apart", () => {
    const { c, clock, sent } = setup()
    c.touch("o1", 5)
    c.touch("o2", 5)
    c.touch("o1", 4)
    clock.advance(100)
    expect(sent).toEqual([{ offerId: "o1", at: 0 }, { offerId: "o2", at: 0 }, { offerId: "o1", at: 100 }])
  })

  it("sends the last unit (left 0) at once and drops the pending broadcast", () => {
    const { c, clock, sent } = setup()
    c.touch("o1", 2)
    clock.advance(10)
    c.touch("o1", 1)
    clock.advance(10)
    c.touch("o1", 0)
    expect(sent).toEqual([{ offerId: "o1", at: 0 }, { offerId: "o1", at: 20 }])
    expect(clock.pending()).toBe(0)
    clock.advance(1000)
    expect(sent).toHaveLength(2)
  })

  it("a touch without a known stock (release, expiry) is coalesced like any other", () => {
    const { c, clock, sent } = setup()
    c.touch("o1", 3)
    c.touch("o1")
    clock.advance(99)
    expect(sent).toHaveLength(1)
    clock.advance(1)
    expect(sent).toEqual([{ offerId: "o1", at: 0 }, { offerId: "o1", at: 100 }])
  })

  it("flush sends what is pending now and waits for every send", async () => {
    const clock = manualTimers()
    const done: string[] = []
    const c = stockCoalescer(async (id) => {
      await Promise.resolve()
      done.push(id)
    }, { timers: clock.timers })
    c.touch("o1", 5)
    c.touch("o1", 4)
    await c.flush()
    expect(done).toEqual(["o1", "o1"])
    expect(clock.pending()).toBe(0)
  })

  it("a failed send does not stop later ones", async () => {
    const clock = manualTimers()
    let calls = 0
    const c = stockCoalescer(async () => {
      calls++
      throw new Error("redis down")
    }, { timers: clock.timers })
    c.touch("o1", 1)
    await c.flush()
    c.touch("o1", 0)
    await c.flush()
    expect(calls).toBe(2)
  })
})
