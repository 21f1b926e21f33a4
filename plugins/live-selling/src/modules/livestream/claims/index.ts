import type Redis from "ioredis"
import type { LiveEventPublisher } from "../events/types"
import { DEFAULT_REDIS_PREFIX } from "../lib/redis-keys"
import type { Db } from "../lib/types"
import { PgClaimEngine } from "./pg-claim-engine"
import { RedisClaimEngine } from "./redis-claim-engine"
import type { ClaimEngine } from "./types"

export type ClaimEngineOptions = {
  db: Db
  redis?: Redis | null
  prefix?: string
  /** Publishes `offer:stock`; the same log the gateways read. */
  log: LiveEventPublisher
  /** How long a claim holds its units (default 10 min). */
  holdMs?: number
}

/** The Redis engine when Redis is configured, else the Postgres one. */
export function createClaimEngine(o: ClaimEngineOptions): ClaimEngine {
  return o.redis
    ? new RedisClaimEngine(o.db, o.redis, o.log, o.prefix ?? DEFAULT_REDIS_PREFIX, o.holdMs)
    : new PgClaimEngine(o.db, o.log, o.holdMs)
}

export type { ClaimEngine, ClaimInput, ClaimResult } from "./types"
export { DEFAULT_HOLD_MS } from "./types"
