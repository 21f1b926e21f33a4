import type Redis from "ioredis"
import { DEFAULT_REDIS_PREFIX } from "../lib/redis-keys"
import type { Db } from "../lib/types"
import { PgEventLog } from "./pg-event-log"
import { RedisEventLog } from "./redis-event-log"
import { keepTimeline } from "./timeline"
import type { LiveEventLog } from "./types"

export type EventLogOptions = {
  /** Postgres pool on the Medusa database (always needed). */
  db: Db
  /** With Redis, events go through Redis (required with several gateways). */
  redis?: Redis | null
  /** Redis key prefix; must match the gateways' (env LIVE_REDIS_PREFIX). */
  prefix?: string
}

/**
 * The event log of the configured kind. Gateways subscribe to it; anything
 * else (Medusa routes, subscribers, jobs) only publishes to it.
 */
export function createEventLog(options: EventLogOptions): LiveEventLog {
  const log = options.redis
    ? new RedisEventLog(options.redis, options.db, options.prefix ?? DEFAULT_REDIS_PREFIX)
    : new PgEventLog(options.db)
  // replays need pins, offers and the host's chat longer than the log keeps them
  return keepTimeline(log, options.db)
}

/**
 * Publishes an event to a stream's room from anywhere (no Socket.IO server
 * needed): `await publisher.publish(streamId, "offer:stock", { offerId, left })`.
 * Every gateway delivers it to its viewers with the next `seq`.
 */
export function createLivePublisher(options: EventLogOptions) {
  const log = createEventLog(options)
  return {
    publish: log.publish.bind(log),
    close: () => log.close(),
  }
}

export type LivePublisher = ReturnType<typeof createLivePublisher>
