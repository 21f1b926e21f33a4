export type Announce = (offerId: string, streamId: string, left?: number) => void

export type StockAfterWinnersOptions = {
  /** Longest an announcement is held while winners keep coming (default 100 ms). */
  maxHoldMs?: number
  now?: () => number
  /** Runs a released announcement after the acks of the turn (default `setImmediate`). */
  defer?: (fn: () => void) => void
}

/**
 * `offer:stock` announcements held while winners of the same offer are
 * still being made durable (`busy`): each goes to every viewer of the
 * stream, thousands of socket writes, and the acks of those winners would
 * queue behind them. Held ones merge (the lowest `left` known wins) and go
 * out once the offer's winners are all written (`settled`), or with a later
 * winner's once the first has been held `maxHoldMs`: a steady stream of
 * claims delays the stock by at most that.
 */
export function stockAfterWinners(announce: Announce, busy: (offerId: string) => boolean, o: StockAfterWinnersOptions = {}) {
  const { maxHoldMs = 100, now = Date.now, defer = setImmediate } = o
  const held = new Map<string, { streamId: string; left?: number; since: number }>()

  const release = (offerId: string) => {
    const h = held.get(offerId)
    if (h) {
      held.delete(offerId)
      announce(offerId, h.streamId, h.left)
    }
  }

  return {
    announce(offerId: string, streamId: string, left?: number) {
      const h = held.get(offerId)
      const lefts = [h?.left, left].filter((n): n is number => n != null)
      held.set(offerId, { streamId, left: lefts.length ? Math.min(...lefts) : undefined, since: h?.since ?? now() })
      if (!busy(offerId) || now() - held.get(offerId)!.since >= maxHoldMs) {
        release(offerId)
      }
    },
    /** The offer's winners are all written: its held announcement goes out (after this turn). */
    settled(offerId: string) {
      if (held.has(offerId)) {
        defer(() => release(offerId))
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
