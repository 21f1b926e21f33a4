import type Redis from "ioredis"
import { LiveError } from "../lib/errors"
import { redisKeys, type RedisKeys } from "../lib/redis-keys"
import { getSeqFloor, raiseSeqFloor } from "../store/streams"
import type { Db } from "../lib/types"
import { initSeqScript, publishArgs, publishScript } from "./redis-event-scripts"
import {
  EVENT_RETENTION_MS,
  isContiguousAfter,
  type LiveEvent,
  type LiveEventLog,
  type PublishOptions,
  type ReplayResult,
} from "./types"

/** Seq numbers skipped after Redis lost a counter (never reuse a seq). */
export const SEQ_SAFETY_GAP = 1000
const PERSIST_EVERY_MS = 1000

/**
 * Event log in Redis: INCR for seq, a Redis stream per live stream for
 * replay (≥ 5 min), pub/sub to every gateway. The counter is persisted to
 * `live_stream.last_seq` each second so a Redis restart never reuses a seq.
 */
export class RedisEventLog implements LiveEventLog {
  private readonly keys: RedisKeys
  private subscriber: Redis | null = null
  private resubscribers: (() => void)[] = []
  private persistTimers = new Map<string, NodeJS.Timeout>()
  private maxSeq = new Map<string, number>()

  constructor(
    private readonly redis: Redis,
    private readonly db: Db,
    prefix: string,
    private readonly retentionMs = EVENT_RETENTION_MS
  ) {
    this.keys = redisKeys(prefix)
  }

  async publish(
    streamId: string,
    type: string,
    payload: Record<string, unknown>,
    options: PublishOptions = {}
  ): Promise<LiveEvent> {
    const { keys, args } = publishArgs(
      {
        seq: this.keys.seq(streamId),
        log: this.keys.log(streamId),
        offer: options.stockOf ? this.keys.offer(options.stockOf) : undefined,
      },
      streamId, type, payload, this.keys.channel, this.retentionMs
    )
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await publishScript.run<any[]>(this.redis, keys, args)
      if (res[0] === "ok") {
        this.notePublished(streamId, Number(res[1]))
        return JSON.parse(res[3])
      }
      if (res[0] === "nooffer") {
        throw new LiveError("not_found", `offerId: no stock state for ${options.stockOf}`, {
          reason: "nooffer",
        })
      }
      await this.initSeq(streamId)
    }
    throw new LiveError("internal", "could not initialise the event sequence")
  }

  async head(streamId: string): Promise<number> {
    const v = await this.redis.get(this.keys.seq(streamId))
    return v == null ? this.initSeq(streamId) : Number(v)
  }

  async since(streamId: string, lastSeq: number): Promise<ReplayResult> {
    const collected: LiveEvent[] = []
    let end = "+"
    let reachedBoundary = false
    while (!reachedBoundary) {
      const batch = (await this.redis.xrevrange(this.keys.log(streamId), end, "-", "COUNT", 500)) as [
        string,
        string[],
      ][]
      for (const [, fields] of batch) {
        const seq = Number(fields[1])
        if (seq <= lastSeq) {
          reachedBoundary = true
          break
        }
        collected.push(JSON.parse(fields[3]))
      }
      if (batch.length < 500) {
        break
      }
      end = "(" + batch[batch.length - 1][0]
    }
    const events = collected.reverse()
    // Complete when the retained events continue lastSeq without a hole; an
    // empty answer is complete only if the client is exactly at the head.
    const complete =
      isContiguousAfter(events, lastSeq) &&
      (events.length > 0 || lastSeq === (await this.head(streamId)))
    return { events, complete }
  }

  async subscribe(handler: (event: LiveEvent) => void): Promise<void> {
    const sub = this.redis.duplicate()
    this.subscriber = sub
    let ready = false
    sub.on("ready", () => {
      if (ready) {
        this.resubscribers.forEach((fn) => fn())
      }
      ready = true
    })
    sub.on("error", () => undefined)
    sub.on("message", (_channel: string, message: string) => handler(JSON.parse(message)))
    await sub.subscribe(this.keys.channel)
  }

  onResubscribe(fn: () => void): void {
    this.resubscribers.push(fn)
  }

  async close(): Promise<void> {
    for (const [streamId, t] of this.persistTimers) {
      clearTimeout(t)
      await this.persist(streamId).catch(() => undefined)
    }
    this.persistTimers.clear()
    const sub = this.subscriber
    this.subscriber = null
    await sub?.quit().catch(() => sub.disconnect())
  }

  private async initSeq(streamId: string): Promise<number> {
    const floor = await getSeqFloor(this.db, streamId)
    if (floor == null) {
      throw new LiveError("not_found", `streamId: stream ${streamId} not found`)
    }
    const start = floor === 0 ? 0 : floor + SEQ_SAFETY_GAP
    const v = await initSeqScript.run(this.redis, [this.keys.seq(streamId)], [String(start)])
    return Number(v)
  }

  // Persists the highest seq at most once a second per stream (at once for
  // a stream this process has not published to yet).
  private notePublished(streamId: string, seq: number) {
    const first = !this.maxSeq.has(streamId)
    this.maxSeq.set(streamId, Math.max(seq, this.maxSeq.get(streamId) ?? 0))
    if (!this.persistTimers.has(streamId)) {
      const t = setTimeout(() => {
        this.persistTimers.delete(streamId)
        this.persist(streamId).catch(() => undefined)
      }, first ? 0 : PERSIST_EVERY_MS)
      t.unref()
      this.persistTimers.set(streamId, t)
    }
  }

  private async persist(streamId: string) {
    const seq = this.maxSeq.get(streamId)
    if (seq != null) {
      await raiseSeqFloor(this.db, streamId, seq)
    }
  }
}
