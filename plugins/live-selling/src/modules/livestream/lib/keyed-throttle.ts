/**
 * Calls `fn(key)` at most once per `ms` for each key: at once when the key
 * was quiet, else once at the end of the window (the call then sees the
 * latest state, so coalescing never loses the final value).
 */
export function keyedThrottle(fn: (key: string) => Promise<unknown>, ms: number) {
  const last = new Map<string, number>()
  const timers = new Map<string, NodeJS.Timeout>()
  const inflight = new Set<Promise<unknown>>()

  const run = (key: string) => {
    last.set(key, Date.now())
    const p = fn(key).catch(() => undefined)
    inflight.add(p)
    p.finally(() => inflight.delete(p))
  }

  return {
    touch(key: string) {
      if (timers.has(key)) {
        return
      }
      const wait = (last.get(key) ?? 0) + ms - Date.now()
      if (wait <= 0) {
        run(key)
        return
      }
      const t = setTimeout(() => {
        timers.delete(key)
        run(key)
      }, wait)
      t.unref()
      timers.set(key, t)
    },
    /** Runs every pending call now and waits for all calls in flight. */
    async flush() {
      for (const [key, t] of timers) {
        clearTimeout(t)
        timers.delete(key)
        run(key)
      }
      await Promise.all([...inflight])
    },
  }
}
