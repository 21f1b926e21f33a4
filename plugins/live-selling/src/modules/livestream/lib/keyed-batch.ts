import type { Defer } from "./tick-batch"

/**
 * Calls per key answered in batches, one batch per key at a time: the calls
 * for a key made in one turn of the event loop go together, and calls made
 * while that key's batch runs wait and go together in the next one. `run`
 * answers each item of its batch apart (fulfilled or rejected, in order); a
 * `run` that throws fails every call of its batch.
 */
export function keyedBatch<I, O>(
  run: (key: string, items: I[]) => Promise<PromiseSettledResult<O>[]>,
  defer: Defer = setImmediate
) {
  type Call = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }
  const keys = new Map<string, Call[]>()

  const next = (key: string) =>
    defer(() => {
      const calls = keys.get(key)!.splice(0)
      run(key, calls.map((c) => c.item))
        .then(
          (out) => calls.forEach((c, i) => (out[i].status === "fulfilled" ? c.resolve(out[i].value) : c.reject(out[i].reason))),
          (e) => calls.forEach((c) => c.reject(e))
        )
        .finally(() => {
          if (keys.get(key)!.length) {
            next(key)
          } else {
            keys.delete(key)
          }
        })
    })

  return (key: string, item: I): Promise<O> =>
    new Promise<O>((resolve, reject) => {
      const waiting = keys.get(key)
      if (waiting) {
        waiting.push({ item, resolve, reject })
        return
      }
      keys.set(key, [{ item, resolve, reject }])
      next(key)
    })
}
