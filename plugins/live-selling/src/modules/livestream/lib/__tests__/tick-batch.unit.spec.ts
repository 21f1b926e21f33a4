import { tickBatch } from "../tick-batch"

/** A defer the test runs by hand: each pending turn, in order. */
function manualTurns() {
  const turns: (() => void)[] = []
  return { defer: (fn: () => void) => void turns.push(fn), next: () => turns.shift()!() , get pending() { return turns.length } }
}

describe("tickBatch", () => {
  it("answers the calls of one turn with one run, each its own answer in order", async () => {
    const runs: string[][] = []
    const t = manualTurns()
    const ask = tickBatch(async (keys: string[]) => (runs.push(keys), keys.map((k) => k.toUpperCase())), t.defer)
    const answers = Promise.all([ask("a"), ask("b"), ask("c")])
    expect(t.pending).toBe(1)
    t.next()
    expect(await answers).toEqual(["A", "B", "C"])
    expect(runs).toEqual([["a", "b", "c"]])
  })

  it("starts a new batch for calls made after the turn ran", async () => {
    const runs: number[][] = []
    const t = manualTurns()
    const ask = tickBatch(async (xs: number[]) => (runs.push(xs), xs.map((x) => x * 2)), t.defer)
    const first = ask(1)
    t.next()
    const second = Promise.all([ask(2), ask(3)])
    t.next()
    expect([await first, await second]).toEqual([2, [4, 6]])
    expect(runs).toEqual([[1], [2, 3]])
  })

  it("fails every call of a batch whose run failed, and the next batch runs again", async () => {
    const t = manualTurns()
    let fail = true
    const ask = tickBatch(async (xs: number[]) => {
      if (fail) throw new Error("db down")
      return xs
    }, t.defer)
    const failed = Promise.allSettled([ask(1), ask(2)])
    t.next()
    expect((await failed).map((r) => r.status)).toEqual(["rejected", "rejected"])
    fail = false
    const ok = ask(3)
    t.next()
    expect(await ok).toBe(3)
  })

  it("runs on the next turn of the real event loop by default", async () => {
    const ask = tickBatch(async (xs: number[]) => xs.map((x) => x + 1))
    expect(await Promise.all([ask(1), ask(2)])).toEqual([2, 3])
  })
})
