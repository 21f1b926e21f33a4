import { createHash } from "crypto"
import type Redis from "ioredis"

/**
 * A Lua script run with EVALSHA (the body is sent only when Redis does not
 * have it cached yet, e.g. after a restart).
 */
export class RedisScript {
  readonly sha: string

  constructor(readonly lua: string) {
    this.sha = createHash("sha1").update(lua).digest("hex")
  }

  async run<T = unknown>(redis: Redis, keys: string[], args: (string | number)[]): Promise<T> {
    try {
      return (await redis.evalsha(this.sha, keys.length, ...keys, ...args)) as T
    } catch (e: any) {
      if (String(e?.message ?? "").startsWith("NOSCRIPT")) {
        return (await redis.eval(this.lua, keys.length, ...keys, ...args)) as T
      }
      throw e
    }
  }
}
