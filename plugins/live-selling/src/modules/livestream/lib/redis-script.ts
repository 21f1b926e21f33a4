import { createHash } from "crypto"
import type Redis from "ioredis"

/** The part of a Redis client a script uses (ioredis; a fake in tests). */
export type ScriptClient = Pick<Redis, "evalsha" | "eval" | "script">

/**
 * A Lua script run with EVALSHA. When Redis does not have it cached (a new
 * Redis, a new version of the script) the body is sent once with SCRIPT
 * LOAD, however many calls found it missing at once (a flash sale's first
 * burst), and they run again with EVALSHA (with EVAL, should it be gone
 * again). `load` sends it ahead of any call.
 */
export class RedisScript {
  readonly sha: string
  private readonly loading = new WeakMap<ScriptClient, Promise<unknown>>()

  constructor(readonly lua: string) {
    this.sha = createHash("sha1").update(this.lua).digest("hex")
  }

  async run<T = unknown>(redis: ScriptClient, keys: string[], args: (string | number)[]): Promise<T> {
    try {
      return (await redis.evalsha(this.sha, keys.length, ...keys, ...args)) as T
    } catch (e: any) {
      if (!String(e?.message ?? "").startsWith("NOSCRIPT")) {
        throw e
      }
      await this.load(redis)
      return this.runLoaded<T>(redis, keys, args)
    }
  }

  // After a SCRIPT LOAD; should Redis have lost it again meanwhile (SCRIPT FLUSH), the body goes with the call.
  private async runLoaded<T>(redis: ScriptClient, keys: string[], args: (string | number)[]): Promise<T> {
    try {
      return (await redis.evalsha(this.sha, keys.length, ...keys, ...args)) as T
    } catch (e: any) {
      if (!String(e?.message ?? "").startsWith("NOSCRIPT")) {
        throw e
      }
      return (await redis.eval(this.lua, keys.length, ...keys, ...args)) as T
    }
  }

  /** Caches the script in Redis; one SCRIPT LOAD per client at a time. */
  load(redis: ScriptClient): Promise<unknown> {
    let p = this.loading.get(redis)
    if (!p) {
      p = redis.script("LOAD", this.lua).finally(() => this.loading.delete(redis))
      this.loading.set(redis, p)
    }
    return p
  }
}
