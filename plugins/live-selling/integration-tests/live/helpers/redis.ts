import { spawnSync } from "child_process"
import Redis from "ioredis"

// `npm test` sets TEST_REDIS_URL ("" when it found no Redis).
export const REDIS_URL =
  process.env.TEST_REDIS_URL !== undefined
    ? process.env.TEST_REDIS_URL
    : (process.env.REDIS_URL ?? "redis://127.0.0.1:6379")

// Synchronous probe so suites can decide at load time whether to run.
function probe(): boolean {
  const script = `
    const net = require("net"); const u = new URL(process.argv[1]);
    const s = net.connect(Number(u.port || 6379), u.hostname);
    s.setTimeout(1500, () => process.exit(1));
    s.on("error", () => process.exit(1));
    s.on("connect", () => s.write("PING\\r\\n"));
    s.on("data", (d) => process.exit(String(d).startsWith("+PONG") ? 0 : 1));`
  return spawnSync(process.execPath, ["-e", script, REDIS_URL], { timeout: 5000 }).status === 0
}

export const redisAvailable = REDIS_URL !== "" && probe()

/**
 * `describe` for suites that need Redis. Without Redis: in CI (`CI=true`)
 * the suite fails; elsewhere it is skipped with the reason printed.
 */
export function describeWithRedis(name: string, fn: () => void) {
  if (redisAvailable) {
    describe(name, fn)
  } else if (process.env.CI === "true" || process.env.CI === "1") {
    describe(name, () => {
      it("needs Redis", () => {
        throw new Error(`Redis is not reachable at ${REDIS_URL || "(TEST_REDIS_URL empty)"}; CI must provide it`)
      })
    })
  } else {
    console.warn(`[live tests] skipping "${name}": Redis is not reachable at ${REDIS_URL || "(TEST_REDIS_URL empty)"}`)
    describe.skip(name, fn)
  }
}

export function testPrefix(area: string) {
  return `test:live:${area}:${Math.random().toString(36).slice(2, 8)}:`
}

export function newRedis() {
  return new Redis(REDIS_URL, { enableAutoPipelining: true, maxRetriesPerRequest: 3 })
}

/** Deletes every key under `prefix` (simulates Redis losing its data). */
export async function flushPrefix(redis: Redis, prefix: string) {
  let cursor = "0"
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000)
    cursor = next
    if (keys.length) {
      await redis.del(...keys)
    }
  } while (cursor !== "0")
}
