import { createCoalescer, flushCoalescers, Timers } from "../coalesce"

/** Timers driven by hand: `tick()` fires what is due. */
function manualTimers() {
  let now = 0
  let next = 1
  const due = new Map<number, { at: number; fn: () => void }>()
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      due.set(next, { at: now + ms, fn })
      return next++
    },
    clearTimeout: (h) => void due.delete(h as number),
  }
  const tick = async (ms: number) => {
    now += ms
    for (const [h, t] of [...due]) if (t.at <= now) (due.delete(h), t.fn())
    await new Promise((r) => setImmediate(r))
  }
  return { timers, tick, scheduled: () => due.size }
}

describe("createCoalescer", () => {
  it("runs the keys of one window once, together, when it closes", async () => {
    const runs: string[][] = []
    const { timers, tick } = manualTimers()
    const c = createCoalescer<string>(async (keys) => void runs.push(keys.sort()), { windowMs: 1000, timers })
    const settled = [c.add(["honey"]), c.add(["honey", "tea"]), c.add(["honey"])]
    await tick(999)
    expect(runs).toEqual([])
    await tick(1)
    await Promise.all(settled)
    expect(runs).toEqual([["honey", "tea"]])
    expect(c.pending()).toEqual([])
  })

  it("a key added during a run opens the next window: the last change is applied", async () => {
    const runs: string[][] = []
    const { timers, tick } = manualTimers()
    let release!: () => void
    const c = createCoalescer<string>(
      async (keys) => {
        runs.push(keys)
        if (runs.length === 1) await new Promise<void>((r) => (release = r))
      },
      { windowMs: 1000, timers }
    )
    const first = c.add(["honey"])
    await tick(1000) // the first run starts and hangs
    const second = c.add(["honey"])
    expect(c.pending()).toEqual(["honey"])
    await tick(1000) // the second window closes while the first run is in flight: it waits
    expect(runs).toEqual([["honey"]])
    release()
    await Promise.all([first, second])
    expect(runs).toEqual([["honey"], ["honey"]])
  })

  it("reports a failed run and keeps going", async () => {
    const errors: unknown[] = []
    const runs: string[][] = []
    const { timers, tick } = manualTimers()
    const c = createCoalescer<string>(
      async (keys) => {
        runs.push(keys)
        if (runs.length === 1) throw new Error("storefront down")
      },
      { windowMs: 10, timers, onError: (e) => errors.push(e) }
    )
    const a = c.add(["a"])
    await tick(10)
    await a
    const b = c.add(["b"])
    await tick(10)
    await b
    expect(runs).toEqual([["a"], ["b"]])
    expect(errors).toHaveLength(1)
  })

  it("flush runs at once and cancels the window; nothing queued, nothing run", async () => {
    const runs: string[][] = []
    const { timers, scheduled } = manualTimers()
    const c = createCoalescer<string>(async (keys) => void runs.push(keys), { windowMs: 1000, timers })
    await c.add([])
    expect(scheduled()).toEqual(0)
    const p = c.add(["x"])
    await c.flush()
    await p
    expect(runs).toEqual([["x"]])
    expect(scheduled()).toEqual(0)
  })

  it("flushCoalescers runs every open window at once (shutdown)", async () => {
    const runs: string[][] = []
    const { timers, scheduled } = manualTimers()
    const stock = createCoalescer<string>(async (keys) => void runs.push(keys), { windowMs: 300, timers })
    const pages = createCoalescer<string>(async (keys) => void runs.push(keys), { windowMs: 1000, timers })
    const pending = [stock.add(["prod_1", "prod_2"]), pages.add(["product-honey"])]
    await flushCoalescers()
    await Promise.all(pending)
    expect(runs.sort()).toEqual([["prod_1", "prod_2"], ["product-honey"]])
    expect(scheduled()).toEqual(0)
  })
})
