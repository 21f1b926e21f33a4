/**
 * The live gateway process: `node -r ts-node/register src/live/server.ts`.
 * Env: DATABASE_URL (required), REDIS_URL (optional; needed for more than one
 * gateway), JWT_SECRET, LIVE_PORT (9001), LIVE_HOST, STORE_CORS,
 * LIVE_REDIS_PREFIX, LIVE_HOLD_SECONDS (600), LIVE_GUEST_CLAIMS (false),
 * MEDUSA_BACKEND_URL (http://localhost:9000; claims with a `cartId` are put
 * in the cart through its `POST /store/live/claims/:id/cart`),
 * MEDUSA_PUBLISHABLE_KEY (for that call when the socket has no key),
 * LIVE_CART_TIMEOUT_MS (10000).
 */
import Redis from "ioredis"
import { Pool } from "pg"
import { createLiveGateway } from "./gateway"
import { medusaCartAttacher } from "./gateway/medusa-cart"
import { medusaCartCheck } from "./gateway/medusa-checks"
import { DEFAULT_REDIS_PREFIX } from "./redis-keys"

function config() {
  const env = process.env
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is required (the Medusa database)")
  }
  const production = env.NODE_ENV === "production"
  if (production && !env.JWT_SECRET) {
    throw new Error("JWT_SECRET is required in production")
  }
  return {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL || null,
    jwtSecret: env.JWT_SECRET || "supersecret",
    port: Number(env.LIVE_PORT ?? 9001),
    host: env.LIVE_HOST || undefined,
    cors: env.STORE_CORS ? env.STORE_CORS.split(",").map((s) => s.trim()) : ("*" as const),
    prefix: env.LIVE_REDIS_PREFIX || DEFAULT_REDIS_PREFIX,
    holdMs: Number(env.LIVE_HOLD_SECONDS ?? 600) * 1000,
    guestClaims: env.LIVE_GUEST_CLAIMS === "true",
    sweepMs: env.LIVE_SWEEP_MS ? Number(env.LIVE_SWEEP_MS) : undefined,
    backendUrl: env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    publishableKey: env.MEDUSA_PUBLISHABLE_KEY || null,
    cartTimeoutMs: Number(env.LIVE_CART_TIMEOUT_MS ?? 10_000),
  }
}

async function main() {
  const c = config()
  const db = new Pool({ connectionString: c.databaseUrl, max: Number(process.env.LIVE_PG_POOL ?? 20) })
  db.on("error", (e) => console.error("[live] postgres idle client:", e.message))
  const redis = c.redisUrl
    ? new Redis(c.redisUrl, { enableAutoPipelining: true, maxRetriesPerRequest: 3 })
    : null
  redis?.on("error", (e) => console.error("[live] redis:", e.message))
  await db.query(`SELECT 1 FROM live_stream LIMIT 0`).catch(() => {
    throw new Error("the livestream tables are missing: register the module and run `npx medusa db:migrate`")
  })
  const gateway = await createLiveGateway({
    db, redis, port: c.port, host: c.host, jwtSecret: c.jwtSecret, corsOrigins: c.cors,
    prefix: c.prefix, holdMs: c.holdMs, guestClaims: c.guestClaims, sweepMs: c.sweepMs,
    verifyCart: medusaCartCheck(db),
    attachCart: medusaCartAttacher({ backendUrl: c.backendUrl, publishableKey: c.publishableKey, timeoutMs: c.cartTimeoutMs }),
  })
  console.log(
    `Live gateway: ws://localhost:${gateway.port}/live (${redis ? "Redis" : "Postgres"} mode, pid ${process.pid})`
  )

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) {
      return
    }
    stopping = true
    console.log(`Live gateway: ${signal}, closing`)
    const force = setTimeout(() => process.exit(1), 10_000)
    force.unref()
    await gateway.close().catch((e) => console.error(e))
    await db.end().catch(() => undefined)
    await redis?.quit().catch(() => undefined)
    process.exit(0)
  }
  process.on("unhandledRejection", (e) => console.error("[live] unhandled rejection:", e))
  process.on("SIGTERM", () => void stop("SIGTERM"))
  process.on("SIGINT", () => void stop("SIGINT"))
}

main().catch((e) => {
  console.error("Live gateway failed to start:", e)
  process.exit(1)
})
