#!/usr/bin/env node
/**
 * The live gateway process: `npx medusa-live-gateway` (this file, built).
 * Env: DATABASE_URL (required), REDIS_URL (optional; needed for more than one
 * gateway), JWT_SECRET (required; not "supersecret" in production),
 * LIVE_PORT (9001), LIVE_HOST, LIVE_CORS or STORE_CORS (the origins allowed to
 * connect; never `*`: local origins only in development, required in
 * production), see gateway-config.ts,
 * LIVE_REDIS_PREFIX, LIVE_HOLD_SECONDS (600), LIVE_GUEST_CLAIMS (false),
 * LIVE_MAX_REPLAY (200: missed events replayed on a join; further behind, resync),
 * MEDUSA_BACKEND_URL (http://localhost:9000: the gateway reads Medusa's data
 * only through its HTTP API — publishable keys, customers' names, carts,
 * variants, products and their sellers — and puts claims with a `cartId` in
 * the cart through its `POST /store/live/claims/:id/cart`),
 * MEDUSA_PUBLISHABLE_KEY (for store calls when the socket has no key: a
 * producer's or customer's token alone), LIVE_CART_TIMEOUT_MS (10000, every
 * backend call).
 */
import Redis from "ioredis"
import { Pool } from "pg"
import { liveTablesExist } from "../modules/livestream/store/streams"
import { createLiveGateway } from "./gateway"
import { medusaCartAttacher } from "./gateway/medusa-cart"
import { medusaCartCheck } from "./gateway/medusa-checks"
import { medusaHttp } from "./gateway/medusa-http"
import { gatewayConfig } from "./gateway-config"

async function main() {
  const c = gatewayConfig()
  const db = new Pool({ connectionString: c.databaseUrl, max: Number(process.env.LIVE_PG_POOL ?? 20) })
  db.on("error", (e) => console.error("[live] postgres idle client:", e.message))
  const redis = c.redisUrl
    ? new Redis(c.redisUrl, { enableAutoPipelining: true, maxRetriesPerRequest: 3 })
    : null
  redis?.on("error", (e) => console.error("[live] redis:", e.message))
  if (!(await liveTablesExist(db))) {
    throw new Error("the livestream tables are missing: register the module and run `npx medusa db:migrate`")
  }
  const medusa = medusaHttp({ backendUrl: c.backendUrl, publishableKey: c.publishableKey, timeoutMs: c.cartTimeoutMs })
  const gateway = await createLiveGateway({
    db, redis, port: c.port, host: c.host, jwtSecret: c.jwtSecret, corsOrigins: c.cors,
    prefix: c.prefix, holdMs: c.holdMs, guestClaims: c.guestClaims, sweepMs: c.sweepMs, maxReplay: c.maxReplay,
    medusa,
    verifyCart: medusaCartCheck(medusa),
    attachCart: medusaCartAttacher(medusa),
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
