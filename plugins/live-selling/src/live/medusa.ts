/**
 * The live core for Medusa-side code (routes, workflows, subscribers, jobs):
 * the same event log, claim engine and control functions the gateways use,
 * without a Socket.IO server, built from options or env (DATABASE_URL,
 * REDIS_URL, LIVE_REDIS_PREFIX, LIVE_HOLD_SECONDS). The catalog comes from
 * the caller (Medusa code: Query, `src/queries/live-catalog`).
 *
 *   const live = createLiveServices({ catalog: queryCatalog(container) })
 *   await live.log.publish(streamId, "offer:stock", { offerId }, { stockOf: offerId })
 *   await live.claims.convert(claimId, { orderId, lineItemId })
 *   await live.claims.release(claimId)
 *   await launchOffer(live.control, { type: "producer", id: producerId }, input)
 */
import Redis from "ioredis"
import { Pool } from "pg"
import { createClaimEngine } from "../modules/livestream/claims"
import type { ClaimEngine } from "../modules/livestream/claims/types"
import type { Catalog, LiveControlContext } from "../modules/livestream/control/context"
import { createEventLog } from "../modules/livestream/events/publish"
import type { LiveEventLog } from "../modules/livestream/events/types"
import { DEFAULT_REDIS_PREFIX, redisKeys } from "../modules/livestream/lib/redis-keys"
import { latestViewerCounts } from "../modules/livestream/store/stats"
import type { Db } from "../modules/livestream/lib/types"

export type LiveServicesOptions = {
  databaseUrl?: string
  redisUrl?: string | null
  prefix?: string
  holdMs?: number
  /** Variants and products, with the seller owning each. */
  catalog: Catalog
}

export type LiveServices = {
  db: Db
  redis: Redis | null
  log: LiveEventLog
  claims: ClaimEngine
  control: LiveControlContext
  /** Current viewer counts of streams (for `GET /store/live/streams`). */
  viewerCounts(streamIds: string[]): Promise<Record<string, number>>
  close(): Promise<void>
}

export function createLiveServices(o: LiveServicesOptions): LiveServices {
  const databaseUrl = o.databaseUrl ?? process.env.DATABASE_URL
  if (!databaseUrl) {
    throw new Error("live services need DATABASE_URL (the Medusa database)")
  }
  const redisUrl = o.redisUrl === undefined ? process.env.REDIS_URL || null : o.redisUrl
  const prefix = o.prefix ?? process.env.LIVE_REDIS_PREFIX ?? DEFAULT_REDIS_PREFIX
  const holdMs = o.holdMs ?? Number(process.env.LIVE_HOLD_SECONDS ?? 600) * 1000
  // allowExitOnIdle: an idle pool never keeps a process (a `medusa exec`
  // script, a test, a CLI command) alive on its own.
  const db = new Pool({ connectionString: databaseUrl, max: 5, allowExitOnIdle: true })
  db.on("error", () => undefined)
  const redis = redisUrl ? new Redis(redisUrl, { enableAutoPipelining: true, maxRetriesPerRequest: 3 }) : null
  redis?.on("error", () => undefined)
  const log = createEventLog({ db, redis, prefix })
  const claims = createClaimEngine({ db, redis, prefix, log, holdMs })
  const keys = redisKeys(prefix)
  return {
    db,
    redis,
    log,
    claims,
    control: { db, log, claims, catalog: o.catalog },
    async viewerCounts(streamIds) {
      if (!redis || !streamIds.length) {
        return latestViewerCounts(db, streamIds)
      }
      const values = await redis.mget(...streamIds.map((id) => keys.viewersLast(id)))
      return Object.fromEntries(streamIds.map((id, i) => [id, parseInt(values[i] ?? "0", 10)]))
    },
    async close() {
      await claims.flush().catch(() => undefined)
      await log.close()
      redis?.disconnect()
      await db.end()
    },
  }
}
