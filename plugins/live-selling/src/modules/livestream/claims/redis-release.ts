import type Redis from "ioredis"
import type { RedisKeys } from "../lib/redis-keys"
import { LOCK_CLASS, withLockedTransaction } from "../store/locks"
import type { ClaimRow, Db, DbClient } from "../lib/types"
import { unclaimArgs, unclaimScript } from "./redis-claim-scripts"
import { invalidateOfferState } from "./redis-offer-state"

/**
 * Ends held claims (released / expired) in Postgres and gives their units
 * back in Redis (an expired hold's units still count toward its buyer's limit) inside the same transaction, under the offer's shared state
 * lock, so a concurrent rebuild sees both or neither. If anything fails
 * after Redis changed, the Redis state is dropped and rebuilt from Postgres
 * on next use (never an undercount that could oversell).
 */
export async function endHeldClaimsInRedis(
  db: Db,
  redis: Redis,
  keys: RedisKeys,
  offerId: string,
  end: (c: DbClient) => Promise<ClaimRow[]>
): Promise<ClaimRow[]> {
  const ks = keys.offerState(offerId)
  let touchedRedis = false
  try {
    return await withLockedTransaction(db, { cls: LOCK_CLASS.offerState, key: offerId, shared: true }, async (c) => {
      const ended = await end(c)
      for (const r of ended) {
        touchedRedis = true
        await unclaimScript.run(redis, ks, unclaimArgs(r.quantity, r.customer_key, { expired: r.status === "expired" }))
      }
      return ended
    })
  } catch (e) {
    if (touchedRedis) {
      await invalidateOfferState(redis, keys, offerId).catch(() => undefined)
    }
    throw e
  }
}
