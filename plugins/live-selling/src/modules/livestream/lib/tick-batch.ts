/** How a batch waits for the rest of its calls (injectable: tests run it by hand). */
export type Defer = (fn: () => void) => void

/**
 * Calls made in the same turn of the event loop answered by one `run` over
 * all of them: `run(items)` resolves to one answer per item, in order. A
 * flash sale's refusals each need one small read; this makes them one query
 * per turn instead of one per claim. A failed `run` fails every call of its
 * batch.
 */
export function tickBatch<I, O>(run: (items: I[]) => Promise<O[]>, defer: Defer = setImmediate) {
  type Call = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }
  let batch: Call[] | null = null

  const flush = (calls: Call[]) => {
    run(calls.map((c) => c.item)).then(
      (out) => calls.forEach((c, i) => c.resolve(out[i])),
      (e) => calls.forEach((c) => c.reject(e))
    )
  }

  return (item: I): Promise<O> =>
    new Promise<O>((resolve, reject) => {
      let calls = batch
      if (!calls) {
        const open: Call[] = []
        calls = batch = open
        defer(() => {
          batch = null
          flush(open)
        })
      }
      calls.push({ item, resolve, reject })
    })
}
