import type { Defer } from "./tick-batch"

export type KeyedBatchOptions = {
  /** How a batch waits for the rest of its turn's calls (default `setImmediate`). */
  defer?: Defer
  /**
   * Batches of one key running at once (default 1). With 1, calls made
   * while the key's batch runs wait and go together in the next one; with
   * more, they start their own batch at once (next turn) unless that many
   * are already running. Only for runs that may overlap (no order between
   * batches of a key).
   */
  inFlight?: number
}

/**
 * Calls per key answered in batches: the calls for a key made in one turn
 * of the event loop go together; at most `inFlight` batches of a key run at
 * once, and calls made while that many run wait and go together in the next
 * one. `run` answers each item of its batch apart (fulfilled or rejected, in
 * order); a `run` that throws fails every call of its batch.
 */
export function keyedBatch<I, O>(
  run: (key: string, items: I[]) => Promise<PromiseSettledResult<O>[]>,
  { defer = setImmediate, inFlight = 1 }: KeyedBatchOptions = {}
) {
  type Call = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }
  // per key: the calls not yet in a batch, batches running, whether a batch is about to start
  type Key = { waiting: Call[]; running: number; scheduled: boolean }
  const keys = new Map<string, Key>()

  const schedule = (key: string, k: Key) => {
    if (k.scheduled || k.running >= inFlight || !k.waiting.length) {
      if (!k.scheduled && !k.running && !k.waiting.length) {
        keys.delete(key)
      }
      return
    }
    k.scheduled = true
    defer(() => {
      k.scheduled = false
      const calls = k.waiting.splice(0)
      k.running++
      run(key, calls.map((c) => c.item))
        .then(
          (out) => calls.forEach((c, i) => (out[i].status === "fulfilled" ? c.resolve(out[i].value) : c.reject(out[i].reason))),
          (e) => calls.forEach((c) => c.reject(e))
        )
        .finally(() => {
          k.running--
          schedule(key, k)
        })
    })
  }

  return (key: string, item: I): Promise<O> =>
    new Promise<O>((resolve, reject) => {
      let k = keys.get(key)
      if (!k) {
        keys.set(key, (k = { waiting: [], running: 0, scheduled: false }))
      }
      k.waiting.push({ item, resolve, reject })
      schedule(key, k)
    })
}
