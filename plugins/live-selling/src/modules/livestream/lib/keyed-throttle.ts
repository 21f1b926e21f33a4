/** The clock and timers a throttle runs on (injectable: tests drive them by hand). */
export type ThrottleTimers = {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const realTimers: ThrottleTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms)
    t.unref?.()
    return t
  },
  clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout),
}

/**
 * Calls `fn(key)` at most once per `ms` for each key: at once when the key
 * was quiet, else once at the end of the window (the call then sees the
 * latest state, so coalescing never loses the final value). `now(key)` calls
 * at once whatever the window and drops the pending call.
 */
export function keyedThrottle(fn: (key: string) => Promise<unknown>, ms: number, timers: ThrottleTimers = realTimers) {
  const last = new Map<string, number>()
  const pending = new Map<string, unknown>()
  const inflight = new Set<Promise<unknown>>()

  const run = (key: string) => {
    if (pending.has(key)) {
      timers.clearTimeout(pending.get(key))
      pending.delete(key)
    }
    last.set(key, timers.now())
    const p = fn(key).catch(() => undefined)
    inflight.add(p)
    p.finally(() => inflight.delete(p))
  }

  return {
    touch(key: string) {
      if (pending.has(key)) {
        return
      }
      const wait = (last.get(key) ?? -Infinity) + ms - timers.now()
      if (wait <= 0) {
        run(key)
        return
      }
      pending.set(key, timers.setTimeout(() => {
        pending.delete(key)
        run(key)
      }, wait))
    },
    now: run,
    /** Runs every pending call now and waits for all calls in flight. */
    async flush() {
      for (const key of [...pending.keys()]) {
        run(key)
      }
      await Promise.all([...inflight])
    },
  }
}
