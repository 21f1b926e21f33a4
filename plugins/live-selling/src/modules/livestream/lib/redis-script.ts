import { createHash } from "crypto"
import type Redis from "ioredis"

const isNoScript = (e: unknown) => String((e as Error | undefined)?.message ?? "").startsWith("NOSCRIPT")

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
    const bySha = () => redis.evalsha(this.sha, keys.length, ...keys, ...args) as Promise<T>
    try {
      return await bySha()
    } catch (e) {
      if (!isNoScript(e)) throw e
    }
    await this.load(redis)
    try {
      return await bySha()
    } catch (e) {
      // lost again meanwhile (SCRIPT FLUSH): the body goes with the call
      if (!isNoScript(e)) throw e
    }
    return (await redis.eval(this.lua, keys.length, ...keys, ...args)) as T
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
