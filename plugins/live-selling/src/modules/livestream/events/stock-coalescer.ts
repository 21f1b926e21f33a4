/** The clock and timers a coalescer runs on (injectable: tests drive them by hand). */
export type CoalescerTimers = {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const realTimers: CoalescerTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms)
    t.unref?.()
    return t
  },
  clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout),
}

/**
 * `offer:stock` broadcasts coalesced per offer: during a sell-out every claim
 * changes the stock, and each broadcast goes to every viewer of the room.
 * `touch(offerId, left)` sends at once when the offer was quiet for
 * `windowMs`, else once at the end of the window (`send` reads the stock when
 * it runs, so the latest value goes out and none is lost). The last unit
 * (`left === 0`) is never held back: it goes out at once and drops the
 * pending one. At most one send per offer per window, plus that final one.
 */
export function stockCoalescer(
  send: (offerId: string) => Promise<unknown>,
  { windowMs = 100, timers = realTimers }: { windowMs?: number; timers?: CoalescerTimers } = {}
) {
  const lastSent = new Map<string, number>()
  const pending = new Map<string, unknown>()
  const inflight = new Set<Promise<unknown>>()

  const sendNow = (offerId: string) => {
    const t = pending.get(offerId)
    if (t !== undefined) {
      timers.clearTimeout(t)
      pending.delete(offerId)
    }
    lastSent.set(offerId, timers.now())
    const p = send(offerId).catch(() => undefined)
    inflight.add(p)
    p.finally(() => inflight.delete(p))
  }

  return {
    touch(offerId: string, left?: number | null) {
      if (left === 0) {
        sendNow(offerId)
        return
      }
      if (pending.has(offerId)) {
        return
      }
      const wait = (lastSent.get(offerId) ?? -Infinity) + windowMs - timers.now()
      if (wait <= 0) {
        sendNow(offerId)
        return
      }
      pending.set(offerId, timers.setTimeout(() => {
        pending.delete(offerId)
        sendNow(offerId)
      }, wait))
    },
    /** Sends every pending broadcast now and waits for all in flight. */
    async flush() {
      for (const offerId of [...pending.keys()]) {
        sendNow(offerId)
      }
      await Promise.all([...inflight])
    },
  }
}
