import { keyedBatch } from "../keyed-batch"

/** A defer the test runs by hand: each pending turn, in order. */
function manualTurns() {
  const turns: (() => void)[] = []
  return { defer: (fn: () => void) => void turns.push(fn), next: () => turns.shift()!(), get pending() { return turns.length } }
}

const ok = <T>(value: T): PromiseSettledResult<T> => ({ status: "fulfilled", value })
const flushPromises = () => new Promise((r) => setImmediate(r))

describe("keyedBatch", () => {
  it("answers one key's calls of a turn with one run, each its own answer; other keys apart", async () => {
    const runs: [string, number[]][] = []
    const t = manualTurns()
    const ask = keyedBatch(async (key: string, xs: number[]) => (runs.push([key, xs]), xs.map((x) => ok(`${key}${x}`))), { defer: t.defer })
    const answers = Promise.all([ask("a", 1), ask("b", 2), ask("a", 3)])
    expect(t.pending).toBe(2)
    t.next()
    t.next()
    expect(await answers).toEqual(["a1", "b2", "a3"])
    expect(runs).toEqual([["a", [1, 3]], ["b", [2]]])
  })

  it("runs one batch per key at a time: calls made meanwhile go together in the next", async () => {
    const runs: number[][] = []
    const t = manualTurns()
    let finish!: () => void
    const ask = keyedBatch(async (_key: string, xs: number[]) => {
      runs.push(xs)
      if (runs.length === 1) await new Promise<void>((r) => (finish = r))
      return xs.map(ok)
    }, { defer: t.defer })
    const first = ask("a", 1)
    t.next()
    const later = Promise.all([ask("a", 2), ask("a", 3)])
    expect(t.pending).toBe(0)
    finish()
    expect(await first).toBe(1)
    await flushPromises()
    expect(t.pending).toBe(1)
    t.next()
    expect(await later).toEqual([2, 3])
    expect(runs).toEqual([[1], [2, 3]])
  })

  it("with inFlight 2, calls made while one batch runs start their own; a third waits for one of them", async () => {
    const runs: number[][] = []
    const finish: (() => void)[] = []
    const t = manualTurns()
    const ask = keyedBatch(async (_key: string, xs: number[]) => {
      runs.push(xs)
      await new Promise<void>((r) => finish.push(r))
      return xs.map(ok)
    }, { defer: t.defer, inFlight: 2 })
    const first = ask("a", 1)
    t.next()
    const second = Promise.all([ask("a", 2), ask("a", 3)])
    expect(t.pending).toBe(1)
    t.next()
    expect(runs).toEqual([[1], [2, 3]])
    const third = ask("a", 4)
    expect(t.pending).toBe(0)
    finish[1]()
    expect(await second).toEqual([2, 3])
    await flushPromises()
    expect(t.pending).toBe(1)
    t.next()
    expect(runs).toEqual([[1], [2, 3], [4]])
    finish[0]()
    finish[2]()
    expect(await first).toBe(1)
    expect(await third).toBe(4)
  })

  it("rejects only the items the run answered as failed; a failed run fails its whole batch", async () => {
    const t = manualTurns()
    let broken = false
    const ask = keyedBatch(async (_key: string, xs: number[]) => {
      if (broken) throw new Error("db down")
      return xs.map((x): PromiseSettledResult<number> => (x < 0 ? { status: "rejected", reason: new Error("negative") } : ok(x)))
    }, { defer: t.defer })
    const mixed = Promise.allSettled([ask("a", 1), ask("a", -1)])
    t.next()
    expect((await mixed).map((r) => r.status)).toEqual(["fulfilled", "rejected"])
    broken = true
    const failed = Promise.allSettled([ask("a", 2), ask("a", 3)])
    t.next()
    expect((await failed).map((r) => r.status)).toEqual(["rejected", "rejected"])
  })

  it("runs on the next turn of the real event loop by default", async () => {
    const ask = keyedBatch(async (_k: string, xs: number[]) => xs.map((x) => ok(x + 1)))
    expect(await Promise.all([ask("k", 1), ask("k", 2)])).toEqual([2, 3])
  })
})
