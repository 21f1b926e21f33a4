import { randomBytes } from "crypto"
import type Redis from "ioredis"
import { LiveError } from "../lib/errors"
import type { RedisKeys } from "../lib/redis-keys"
import { claimTotals } from "../store/claims"
import { LOCK_CLASS, withLockedTransaction } from "../store/locks"
import { getOffer } from "../store/offers"
import type { Db } from "../lib/types"
import { initArgs, initScript, setOpenScript } from "./redis-claim-scripts"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Loads (or reloads) an offer's Redis state from Postgres, the source of
 * truth: claimed = held + converted claims. Runs under an exclusive advisory
 * lock; claim inserts and releases take it shared, so the rebuild sees every
 * claim made under the previous state, and a new generation (`stock_gen`,
 * in both stores) turns away inserts of claims taken before it.
 */
export async function rebuildOfferState(
  db: Db,
  redis: Redis,
  keys: RedisKeys,
  offerId: string,
  opts: { force?: boolean } = {}
): Promise<void> {
  await withLockedTransaction(db, { cls: LOCK_CLASS.offerState, key: offerId }, async (c) => {
    if (!opts.force && (await redis.exists(keys.offer(offerId)))) {
      return
    }
    const gen = randomBytes(8).toString("hex")
    const { rows } = await c.query(
      `UPDATE live_offer SET stock_gen = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
      [offerId, gen]
    )
    const offer = rows[0] ? await getOffer(c, offerId) : null
    if (!offer) {
      throw new LiveError("not_found", `offerId: offer ${offerId} not found`)
    }
    const totals = await claimTotals(c, offerId)
    const claimed = totals.byCustomer.reduce((s, r) => s + r.n, 0)
    const endsAt = offer.ends_at.getTime()
    const args = initArgs({
      quantity: offer.quantity,
      claimed,
      perCustomerLimit: offer.per_customer_limit,
      startsAt: offer.starts_at.getTime(),
      endsAt,
      open: offer.status !== "ended",
      gen,
      price: offer.price,
      streamId: offer.stream_id,
      ttlMs: Math.max(endsAt - Date.now(), 0) + DAY_MS,
      customers: totals.byCustomer.map((r) => [r.customer_key, r.n]),
      expired: totals.expiredByCustomer.map((r) => [r.customer_key, r.n]),
      keys: totals.keys.map((r) => [r.idempotency_key, r.id]),
    })
    await initScript.run(redis, keys.offerState(offerId), args)
  })
}

export async function setOfferOpen(redis: Redis, keys: RedisKeys, offerId: string, open: boolean) {
  await setOpenScript.run(redis, [keys.offer(offerId)], [open ? "1" : "0"])
}

/** Drops the state so the next use rebuilds it from Postgres. */
export async function invalidateOfferState(redis: Redis, keys: RedisKeys, offerId: string) {
  await redis.del(...keys.offerState(offerId))
}
