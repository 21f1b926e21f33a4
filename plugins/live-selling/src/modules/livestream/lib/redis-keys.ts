/**
 * Redis key names. Hash tags (`{…}`) keep one stream's or one offer's keys
 * in one slot. `prefix` isolates deployments and tests.
 */
export function redisKeys(prefix: string) {
  return {
    channel: `${prefix}events`,
    adapter: `${prefix}sio`,
    seq: (streamId: string) => `${prefix}seq:{${streamId}}`,
    log: (streamId: string) => `${prefix}log:{${streamId}}`,
    offer: (offerId: string) => `${prefix}offer:{${offerId}}`,
    offerCustomers: (offerId: string) => `${prefix}offer:{${offerId}}:cust`,
    offerKeys: (offerId: string) => `${prefix}offer:{${offerId}}:idem`,
    offerExpired: (offerId: string) => `${prefix}offer:{${offerId}}:exp`,
    /** The offer's claim state, in the order the claim scripts read them. */
    offerState: (offerId: string) => [
      `${prefix}offer:{${offerId}}`, `${prefix}offer:{${offerId}}:cust`,
      `${prefix}offer:{${offerId}}:idem`, `${prefix}offer:{${offerId}}:exp`,
    ],
    chatBucket: (userId: string) => `${prefix}chat:rate:${userId}`,
    slowMode: (streamId: string, userId: string) => `${prefix}chat:slow:{${streamId}}:${userId}`,
    viewers: (streamId: string) => `${prefix}agg:{${streamId}}:viewers`,
    reactions: (streamId: string) => `${prefix}agg:{${streamId}}:reactions`,
    viewersLast: (streamId: string) => `${prefix}agg:{${streamId}}:last`,
    aggTick: (streamId: string) => `${prefix}agg:{${streamId}}:tick`,
  }
}

export type RedisKeys = ReturnType<typeof redisKeys>

export const DEFAULT_REDIS_PREFIX = "live:"
