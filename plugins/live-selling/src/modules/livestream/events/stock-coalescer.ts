import { keyedThrottle, realTimers, type ThrottleTimers } from "../lib/keyed-throttle"

export type CoalescerTimers = ThrottleTimers

/**
 * `offer:stock` broadcasts coalesced per offer: during a sell-out every claim
 * changes the stock, and each broadcast goes to every viewer of the room.
 * A keyed throttle (`send` reads the stock when it runs, so the latest value
 * goes out and none is lost), except that the last unit (`left === 0`) is
 * never held back: it goes out at once and drops the pending one.
 */
export function stockCoalescer(
  send: (offerId: string) => Promise<unknown>,
  { windowMs = 100, timers = realTimers }: { windowMs?: number; timers?: CoalescerTimers } = {}
) {
  const throttle = keyedThrottle(send, windowMs, timers)
  return {
    touch(offerId: string, left?: number | null) {
      if (left === 0) throttle.now(offerId)
      else throttle.touch(offerId)
    },
    flush: () => throttle.flush(),
  }
}
