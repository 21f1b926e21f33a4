export type Announce = (offerId: string, streamId: string, left?: number) => void

export type StockAfterClaimsOptions = {
  /** Longest an announcement is held while claims keep coming (default 100 ms). */
  maxHoldMs?: number
  now?: () => number
  /** Runs a released announcement after the acks of the turn (default `setImmediate`). */
  defer?: (fn: () => void) => void
}

/**
 * `offer:stock` announcements held while claims on the same offer are still
 * being answered (between `begin` and `end`): each announcement goes to
 * every viewer of the stream, thousands of socket writes, and the acks of
 * those claims would queue behind them. Held ones merge (the lowest `left`
 * known wins) and go out once the offer's claims are all answered, or with
 * a later one once the first has been held `maxHoldMs`: a steady stream of
 * claims delays the stock by at most that.
 */
export function stockAfterClaims(announce: Announce, o: StockAfterClaimsOptions = {}) {
  const { maxHoldMs = 100, now = Date.now, defer = setImmediate } = o
  const claiming = new Map<string, number>()
  const held = new Map<string, { streamId: string; left?: number; since: number }>()

  const release = (offerId: string) => {
    const h = held.get(offerId)
    if (h) {
      held.delete(offerId)
      announce(offerId, h.streamId, h.left)
    }
  }

  return {
    /** A claim on `offerId` is being answered. */
    begin(offerId: string) {
      claiming.set(offerId, (claiming.get(offerId) ?? 0) + 1)
    },
    /** That claim is answered; the last one releases the held announcement (after this turn). */
    end(offerId: string) {
      const n = (claiming.get(offerId) ?? 1) - 1
      if (n > 0) {
        claiming.set(offerId, n)
        return
      }
      claiming.delete(offerId)
      if (held.has(offerId)) {
        defer(() => !claiming.has(offerId) && release(offerId))
      }
    },
    announce(offerId: string, streamId: string, left?: number) {
      const h = held.get(offerId)
      const lefts = [h?.left, left].filter((n): n is number => n != null)
      held.set(offerId, { streamId, left: lefts.length ? Math.min(...lefts) : undefined, since: h?.since ?? now() })
      if (!claiming.has(offerId) || now() - held.get(offerId)!.since >= maxHoldMs) {
        release(offerId)
      }
    },
    /** Every held announcement out now. */
    flush() {
      for (const offerId of [...held.keys()]) {
        release(offerId)
      }
    },
  }
}
