import type Redis from "ioredis"
import { takeToken, tokenBucketScript, type Bucket } from "./token-bucket"

export type Limit = { capacity: number; perSecond: number }

export interface RateLimiter {
  take(key: string, limit: Limit): Promise<{ allowed: boolean; retryInMs: number }>
}

/**
 * Per-process buckets (used without Redis, and for per-socket limits), at
 * most `max` of them: past that the least recently used bucket goes, never
 * all of them, so filling the table with new keys cannot hand an abuser, who
 * keeps using its own bucket, a fresh one.
 */
export class LocalRateLimiter implements RateLimiter {
  private buckets = new Map<string, Bucket>()

  constructor(private readonly max = 100_000) {}

  async take(key: string, limit: Limit) {
    return this.takeNow(key, limit)
  }

  takeNow(key: string, limit: Limit) {
    const r = takeToken(this.buckets.get(key), Date.now(), limit.capacity, limit.perSecond)
    // a Map keeps insertion order: re-inserting makes this key the most recent
    this.buckets.delete(key)
    this.buckets.set(key, r.bucket)
    while (this.buckets.size > this.max) {
      this.buckets.delete(this.buckets.keys().next().value as string)
    }
    return { allowed: r.allowed, retryInMs: r.retryInMs }
  }

  forget(key: string) {
    this.buckets.delete(key)
  }

  get size() {
    return this.buckets.size
  }
}

/** Buckets in Redis, shared by every gateway. */
export class RedisRateLimiter implements RateLimiter {
  constructor(private readonly redis: Redis) {}

  async take(key: string, limit: Limit) {
    const ttl = Math.ceil((limit.capacity / limit.perSecond) * 1000) + 1000
    const [ok, retry] = await tokenBucketScript.run<number[]>(this.redis, [key], [
      limit.capacity, limit.perSecond, 1, ttl,
    ])
    return { allowed: ok === 1, retryInMs: retry }
  }
}
