/**
 * Coalesces keyed work: keys added within `windowMs` of the first one are run
 * together, once each, when the window closes. Keys added while a run is in
 * flight open the next window, so the last change is always applied, at most
 * `windowMs` (plus one run) after it arrived. A failed run is reported to
 * `onError`; the keys of the next window still run.
 *
 * During a flash sale every order and reservation names the same few
 * products: one storefront revalidation (or catalogue refresh) per window
 * instead of one per order. Every coalescer is flushed by
 * `flushCoalescers()`, which the OCOP module calls when Medusa prepares to
 * shut down, so a window open at SIGTERM still runs.
 */
export type Timers = {
  setTimeout: (fn: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

export type Coalescer<K> = {
  /** Queues keys; resolves when the window holding them has run. */
  add(keys: Iterable<K>): Promise<void>
  /** Runs what is queued now (e.g. on shutdown). */
  flush(): Promise<void>
  /** Keys waiting for their window. */
  pending(): K[]
}

const open = new Set<Coalescer<any>>()

/** Runs what every coalescer has queued (at shutdown, while the app can still run it). */
export async function flushCoalescers(): Promise<void> {
  await Promise.all([...open].map((c) => c.flush()))
}

export function createCoalescer<K>(
  run: (keys: K[]) => Promise<void>,
  options: { windowMs?: number; timers?: Timers; onError?: (error: unknown) => void } = {}
): Coalescer<K> {
  const windowMs = options.windowMs ?? 1000
  const timers: Timers = options.timers ?? { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) }
  let queued = new Set<K>()
  let waiters: (() => void)[] = []
  let timer: unknown = null
  let running: Promise<void> = Promise.resolve()

  const flush = (): Promise<void> => {
    if (timer !== null) timers.clearTimeout(timer)
    timer = null
    const keys = [...queued]
    const done = waiters
    queued = new Set()
    waiters = []
    // one run at a time: a window that closes during a run waits for it
    running = running.then(async () => {
      try {
        if (keys.length) await run(keys)
      } catch (error) {
        options.onError?.(error)
      } finally {
        done.forEach((resolve) => resolve())
      }
    })
    return running
  }

  const coalescer: Coalescer<K> = {
    add(keys) {
      for (const key of keys) queued.add(key)
      if (!queued.size) return Promise.resolve()
      const settled = new Promise<void>((resolve) => waiters.push(resolve))
      if (timer === null) timer = timers.setTimeout(() => void flush(), windowMs)
      return settled
    },
    flush,
    pending: () => [...queued],
  }
  open.add(coalescer)
  return coalescer
}
