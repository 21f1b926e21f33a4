import type Redis from "ioredis"
import type { LiveEventPublisher } from "../../modules/livestream/events/types"
import type { RedisKeys } from "../../modules/livestream/lib/redis-keys"
import { addStatSample, type StatSample } from "../../modules/livestream/store/stats"
import type { Db } from "../../modules/livestream/lib/types"
import { aggregateScript, parseTick, tickArgs, type TickResult } from "./aggregate-script"
import type { RoomRegistry } from "./rooms"
import { shouldPublishCount } from "./viewer-count"

export type AggregatesOptions = {
  db: Db
  log: LiveEventPublisher
  rooms: RoomRegistry
  gatewayId: string
  redis?: Redis | null
  keys?: RedisKeys
  tickMs?: number
  onError?: (e: unknown) => void
}

const STATS_FLUSH_MS = 5000

/**
 * Viewer counts and reactions as aggregates: at most one `viewers` (when the
 * count changed) and one `reactions` event per stream per tick (500 ms),
 * across all gateways. Each tick's count is also a stats sample.
 */
export class Aggregates {
  private reactions = new Map<string, Map<string, number>>()
  private lastLocal = new Map<string, number>()
  private lastTotal = new Map<string, { count: number; at: number }>()
  private stats = new Map<string, StatSample>()
  private timers: NodeJS.Timeout[] = []
  private readonly tickMs: number

  constructor(private readonly o: AggregatesOptions) {
    this.tickMs = o.tickMs ?? 500
  }

  react(streamId: string, kind: string) {
    const m = this.reactions.get(streamId) ?? new Map<string, number>()
    m.set(kind, (m.get(kind) ?? 0) + 1)
    this.reactions.set(streamId, m)
  }

  start() {
    this.timers.push(setInterval(() => void this.tick().catch((e) => this.o.onError?.(e)), this.tickMs))
    this.timers.push(setInterval(() => void this.flushStats().catch((e) => this.o.onError?.(e)), STATS_FLUSH_MS))
    this.timers.forEach((t) => t.unref())
  }

  async stop() {
    this.timers.forEach(clearInterval)
    this.timers = []
    await this.flushStats().catch(() => undefined)
  }

  async tick() {
    const ids = new Set([...this.o.rooms.streamIds(), ...this.reactions.keys()])
    await Promise.all([...ids].map((id) => this.tickStream(id)))
  }

  private async tickStream(streamId: string) {
    const local = this.o.rooms.localCount(streamId)
    const reactions = this.reactions.get(streamId) ?? new Map<string, number>()
    this.reactions.delete(streamId)
    if (local === 0 && reactions.size === 0 && this.lastLocal.get(streamId) === 0) {
      return
    }
    this.lastLocal.set(streamId, local)
    const r = await this.exchange(streamId, local, reactions)
    if (!r.won) {
      return
    }
    if (r.changed) {
      await this.o.log.publish(streamId, "viewers", { count: r.total })
    }
    if (Object.keys(r.reactions).length) {
      await this.o.log.publish(streamId, "reactions", { counts: r.reactions })
    }
    this.sample(streamId, r.total, r.reactions)
  }

  private async exchange(streamId: string, local: number, reactions: Map<string, number>): Promise<TickResult> {
    const { redis, keys } = this.o
    if (!redis || !keys) {
      const prev = this.lastTotal.get(streamId)
      const changed = shouldPublishCount(prev?.count ?? null, prev?.at ?? 0, local, Date.now())
      if (changed) {
        this.lastTotal.set(streamId, { count: local, at: Date.now() })
      }
      return { won: true, total: local, changed, reactions: Object.fromEntries(reactions) }
    }
    const res = await aggregateScript.run(
      redis,
      [keys.viewers(streamId), keys.reactions(streamId), keys.viewersLast(streamId), keys.aggTick(streamId)],
      tickArgs(this.o.gatewayId, local, this.tickMs * 4, this.tickMs, reactions)
    )
    return parseTick(res as (string | number)[])
  }

  private sample(streamId: string, total: number, reactions: Record<string, number>) {
    const bucketStart = new Date(Math.floor(Date.now() / 60_000) * 60_000)
    let s = this.stats.get(streamId)
    if (s && s.bucketStart.getTime() !== bucketStart.getTime()) {
      void addStatSample(this.o.db, s).catch((e) => this.o.onError?.(e))
      s = undefined
    }
    s ??= { streamId, bucketStart, peak: 0, sum: 0, samples: 0, last: 0, reactions: {} }
    s.peak = Math.max(s.peak, total)
    s.sum += total
    s.samples++
    s.last = total
    for (const [k, n] of Object.entries(reactions)) {
      s.reactions[k] = (s.reactions[k] ?? 0) + n
    }
    this.stats.set(streamId, s)
  }

  /** Writes the samples gathered so far (normally every 5 s). */
  async flushStats() {
    const all = [...this.stats.values()]
    this.stats.clear()
    await Promise.all(all.map((s) => addStatSample(this.o.db, s)))
  }
}
