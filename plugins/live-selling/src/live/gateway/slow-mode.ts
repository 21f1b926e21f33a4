import type Redis from "ioredis"
import type { RedisKeys } from "../../modules/livestream/lib/redis-keys"

/**
 * One message per `seconds` per user in a stream with slow mode on. Returns
 * 0 when the message may go, else the ms to wait.
 */
export class SlowMode {
  private local = new Map<string, number>()

  constructor(
    private readonly redis: Redis | null,
    private readonly keys: RedisKeys
  ) {}

  async take(streamId: string, userId: string, seconds: number): Promise<number> {
    if (seconds <= 0) {
      return 0
    }
    const ms = seconds * 1000
    if (this.redis) {
      const key = this.keys.slowMode(streamId, userId)
      const set = await this.redis.set(key, "1", "PX", ms, "NX")
      return set ? 0 : Math.max(1, await this.redis.pttl(key))
    }
    const k = `${streamId}:${userId}`
    const now = Date.now()
    const until = this.local.get(k) ?? 0
    if (until > now) {
      return until - now
    }
    this.local.set(k, now + ms)
    if (this.local.size > 100_000) {
      this.local.clear()
    }
    return 0
  }
}
