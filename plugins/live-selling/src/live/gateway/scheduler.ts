import { endDue, startDue } from "../../modules/livestream/control/offers"
import type { LiveControlContext } from "../../modules/livestream/control/context"
import type { LiveEvent } from "../../modules/livestream/events/types"

export type SchedulerOptions = {
  sweepMs?: number
  /** Extra periodic housekeeping (event pruning, room GC). */
  housekeeping?: () => Promise<void>
  onError: (e: unknown) => void
}

type Timed = { id: string; startsAt: number; endsAt: number }

/**
 * Starts offers when their countdown ends, ends them when their time is up,
 * expires holds. Every gateway runs one: each sets timers for offers it hears
 * about and sweeps every second; conditional updates make exactly one process
 * act on each offer, so nothing depends on the gateway that launched it.
 */
export class Scheduler {
  private timers = new Map<string, NodeJS.Timeout>()
  private sweeper: NodeJS.Timeout | null = null
  private sweeping = false
  private lastHousekeeping = 0

  constructor(
    private readonly ctx: LiveControlContext,
    private readonly o: SchedulerOptions
  ) {}

  start() {
    this.sweeper = setInterval(() => void this.sweep(), this.o.sweepMs ?? 1000)
    this.sweeper.unref()
  }

  stop() {
    if (this.sweeper) {
      clearInterval(this.sweeper)
    }
    this.timers.forEach(clearTimeout)
    this.timers.clear()
  }

  onEvent(e: LiveEvent) {
    if (e.type === "offer:scheduled" || e.type === "offer:started") {
      this.watch(e.payload.offer as Timed)
    }
  }

  /** Sets local timers for an offer's start and end. */
  watch(offer: Timed) {
    this.at(`start:${offer.id}`, offer.startsAt, () => startDue(this.ctx, offer.id))
    this.at(`end:${offer.id}`, offer.endsAt, () => endDue(this.ctx))
  }

  async sweep() {
    if (this.sweeping) {
      return
    }
    this.sweeping = true
    try {
      await this.ctx.claims.expireDue()
      await startDue(this.ctx)
      await endDue(this.ctx)
      if (this.o.housekeeping && Date.now() - this.lastHousekeeping > 30_000) {
        this.lastHousekeeping = Date.now()
        await this.o.housekeeping()
      }
    } catch (e) {
      this.o.onError(e)
    } finally {
      this.sweeping = false
    }
  }

  private at(key: string, when: number, fn: () => Promise<unknown>) {
    if (this.timers.has(key)) {
      return
    }
    const delay = Math.max(0, when - Date.now()) + 5
    if (delay > 2_147_000_000) {
      return
    }
    const t = setTimeout(() => {
      this.timers.delete(key)
      fn().catch((e) => this.o.onError(e))
    }, delay)
    t.unref()
    this.timers.set(key, t)
  }
}
