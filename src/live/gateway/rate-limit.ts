import type Redis from "ioredis"
import { takeToken, tokenBucketScript, type Bucket } from "./token-bucket"

export type Limit = { capacity: number; perSecond: number }

export interface RateLimiter {
  take(key: string, limit: Limit): Promise<{ allowed: boolean; retryInMs: number }>
}

/** Per-process buckets (used without Redis, and for per-socket limits). */
export class LocalRateLimiter implements RateLimiter {
  private buckets = new Map<string, Bucket>()

  async take(key: string, limit: Limit) {
    return this.takeNow(key, limit)
  }

  takeNow(key: string, limit: Limit) {
    const r = takeToken(this.buckets.get(key), Date.now(), limit.capacity, limit.perSecond)
    this.buckets.set(key, r.bucket)
    if (this.buckets.size > 100_000) {
      this.buckets.clear()
    }
    return { allowed: r.allowed, retryInMs: r.retryInMs }
  }

  forget(key: string) {
    this.buckets.delete(key)
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
