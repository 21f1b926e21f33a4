import type { LiveEvent, ReplayResult } from "../../modules/livestream/events/types"

export const RING_MAX_AGE_MS = 3 * 60 * 1000
export const RING_MAX_EVENTS = 20_000

/**
 * One stream's events as seen by this gateway: applies them strictly in seq
 * order (fetching any hole from the log before going on), remembers recent
 * ones for reconnect replay, and hands each to `deliver` exactly once.
 */
export class Room {
  applied: number | null = null
  readonly ring: LiveEvent[] = []
  private queue: LiveEvent[] = []
  private draining = false
  idleSince = Date.now()

  constructor(
    readonly streamId: string,
    private readonly deliver: (e: LiveEvent) => void,
    private readonly fetchSince: (streamId: string, seq: number) => Promise<ReplayResult>,
    private readonly now: () => number = Date.now
  ) {}

  /** Takes an event from the subscription (any order, maybe duplicated). */
  offer(e: LiveEvent): void {
    if (!this.draining && this.isNext(e)) {
      this.apply(e)
      return
    }
    this.queue.push(e)
    if (!this.draining) {
      void this.drain()
    }
  }

  /** Events after `seq`, or null when this room may not hold all of them. */
  after(seq: number): LiveEvent[] | null {
    if (this.applied == null || this.applied <= seq) {
      return []
    }
    if (!this.ring.length || this.ring[0].seq > seq + 1) {
      return null
    }
    let lo = 0
    let hi = this.ring.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.ring[mid].seq <= seq) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    return this.ring.slice(lo)
  }

  /** Catches up from the log (after a lost subscription). */
  async catchUp(): Promise<void> {
    if (this.applied == null || this.draining) {
      return
    }
    this.draining = true
    try {
      await this.fill(Infinity)
    } finally {
      this.draining = false
    }
    if (this.queue.length) {
      void this.drain()
    }
  }

  private isNext(e: LiveEvent) {
    return this.applied == null || e.seq === this.applied + 1
  }

  private apply(e: LiveEvent) {
    this.applied = e.seq
    this.ring.push(e)
    this.trim()
    this.deliver(e)
  }

  private async drain() {
    this.draining = true
    try {
      while (this.queue.length) {
        this.queue.sort((a, b) => a.seq - b.seq)
        const e = this.queue.shift()!
        if (this.applied != null && e.seq <= this.applied) {
          continue
        }
        if (!this.isNext(e)) {
          await this.fill(e.seq)
        }
        if (this.applied == null || e.seq > this.applied) {
          this.apply(e)
        }
      }
    } finally {
      this.draining = false
    }
  }

  // Applies logged events after `applied` and before `until`, in order.
  private async fill(until: number) {
    const from = this.applied!
    const r = await this.fetchSince(this.streamId, from).catch(() => null)
    for (const e of r?.events ?? []) {
      if (e.seq > this.applied! && e.seq < until) {
        this.apply(e)
      }
    }
  }

  private trim() {
    const oldest = this.now() - RING_MAX_AGE_MS
    let drop = 0
    while (
      drop < this.ring.length &&
      (this.ring.length - drop > RING_MAX_EVENTS || this.ring[drop].ts < oldest)
    ) {
      drop++
    }
    if (drop > 0) {
      this.ring.splice(0, drop)
    }
  }
}
