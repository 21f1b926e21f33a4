import { escapeLiteral } from "pg"
import type { ClaimState } from "../claims/claim-rule"
import type { ClaimRow, Db, DbClient } from "../lib/types"
import { CLAIM_COLUMNS, type NewClaim } from "./claims"
import { LOCK_CLASS, lockKey } from "./locks"

type Q = Db | DbClient

/*
 * The hot claim statements. Each is a multi-statement query, so any lock on
 * the offer row is taken and released inside the server, never held across
 * a client round trip. Multi-statement queries cannot take parameters, so
 * values are inlined with `escapeLiteral` (numbers are truncated integers).
 */

const DATE_FIELDS = ["expires_at", "converted_at", "released_at", "created_at"] as const

/*
 * Postgres engine, two round trips per attempt, in one transaction:
 * `readClaimState` takes this buyer's lock on this offer and reads what the
 * claim rule needs; if the rule grants, `takeUnitsAndCommit` takes the
 * units only if they are still there (the one check concurrent buyers can
 * invalidate) and commits. The buyer lock (an advisory lock, never the hot
 * offer row) keeps the buyer's count and the idempotency key as read.
 */

/** BEGIN, the buyer's lock, then the state the claim rule decides on. */
export async function readClaimState(
  c: DbClient,
  r: { offerId: string; customerKey: string; idempotencyKey: string; holdMs: number }
): Promise<ClaimState<ClaimRow>> {
  const L = escapeLiteral
  const offer = L(r.offerId)
  const ms = (t: string) => `(extract(epoch FROM ${t}) * 1000)::float8`
  const res: any = await c.query(`
    BEGIN;
    SELECT pg_advisory_xact_lock(${LOCK_CLASS.customerOffer}, ${lockKey(`${r.offerId}:${r.customerKey}`)});
    SELECT o.status, o.quantity, o.claimed, o.per_customer_limit, ${ms("o.starts_at")} AS starts_at,
      ${ms("o.ends_at")} AS ends_at, ${ms("now()")} AS now,
      (SELECT coalesce(sum(quantity), 0)::int FROM live_claim WHERE offer_id = ${offer}
         AND customer_key = ${L(r.customerKey)} AND status IN ('held', 'converted')
         AND deleted_at IS NULL) AS buyer_claimed,
      (SELECT coalesce(sum(quantity), 0)::int FROM live_claim WHERE offer_id = ${offer}
         AND customer_key = ${L(r.customerKey)} AND status = 'expired'
         AND deleted_at IS NULL) AS buyer_expired,
      (SELECT row_to_json(k) FROM (SELECT ${CLAIM_COLUMNS} FROM live_claim WHERE offer_id = ${offer}
         AND idempotency_key = ${L(r.idempotencyKey)} AND deleted_at IS NULL) k) AS existing
    FROM (SELECT 1) one LEFT JOIN live_offer o ON o.id = ${offer} AND o.deleted_at IS NULL`)
  const row = res[2].rows[0]
  return {
    offer: row.status == null ? null : {
      status: row.status, quantity: row.quantity, claimed: row.claimed, startsAt: row.starts_at,
      endsAt: row.ends_at, perCustomerLimit: row.per_customer_limit,
    },
    now: row.now,
    holdMs: r.holdMs,
    buyerClaimed: row.buyer_claimed,
    buyerExpired: row.buyer_expired,
    existingClaim: row.existing ? withDates(row.existing) : null,
  }
}

/**
 * After a grant, in the transaction `readClaimState` opened: takes the
 * units with a conditional UPDATE (`claimed + n <= quantity`, so never more
 * than the offer has), inserts the held claim and commits. Null (committed,
 * nothing written) when concurrent claims took the units meanwhile: decide
 * again on a fresh read. A second buyer's claim with the same key fails the
 * unique index (the transaction is then left for the caller to roll back).
 */
export async function takeUnitsAndCommit(
  c: DbClient,
  claim: Omit<NewClaim, "streamId" | "price">
): Promise<{ claim: ClaimRow; left: number } | null> {
  const L = escapeLiteral
  const n = Math.trunc(claim.quantity)
  const offer = L(claim.offerId)
  const res: any = await c.query(`
    WITH o AS (
      UPDATE live_offer SET claimed = claimed + ${n}, updated_at = now()
      WHERE id = ${offer} AND deleted_at IS NULL AND claimed + ${n} <= quantity
      RETURNING stream_id, price, quantity - claimed AS units_left
    ), i AS (
      INSERT INTO live_claim (id, offer_id, stream_id, customer_key, customer_id, cart_id,
        quantity, price, status, idempotency_key, expires_at)
      SELECT ${L(claim.id)}, ${offer}, o.stream_id, ${L(claim.customerKey)}, ${nullable(claim.customerId)},
        ${nullable(claim.cartId)}, ${n}, o.price, 'held', ${L(claim.idempotencyKey)},
        ${at(claim.expiresAt)}
      FROM o
      RETURNING ${CLAIM_COLUMNS}
    )
    SELECT (SELECT row_to_json(i) FROM i) AS claim, (SELECT units_left FROM o) AS units_left;
    COMMIT`)
  const row = res[0].rows[0]
  return row.claim ? { claim: withDates(row.claim), left: row.units_left } : null
}

/**
 * Redis engine: makes a claim taken in Redis durable, in one round trip,
 * under the offer's shared state lock, only if the Redis state it was taken
 * under (`gen`) is still the current one (a rebuild changes it).
 */
export async function insertClaimIfFresh(
  db: Q,
  c: NewClaim & { gen: string }
): Promise<{ claim: ClaimRow | null; fresh: boolean }> {
  const L = escapeLiteral
  const offer = L(c.offerId)
  const res: any = await db.query(`
    SELECT pg_advisory_xact_lock_shared(${LOCK_CLASS.offerState}, ${lockKey(c.offerId)});
    WITH g AS (
      SELECT stock_gen IS NOT DISTINCT FROM ${L(c.gen)} AS fresh FROM live_offer WHERE id = ${offer}
    ), i AS (
      INSERT INTO live_claim (id, offer_id, stream_id, customer_key, customer_id, cart_id,
        quantity, price, status, idempotency_key, expires_at)
      SELECT ${L(c.id)}, ${offer}, ${L(c.streamId)}, ${L(c.customerKey)}, ${nullable(c.customerId)},
        ${nullable(c.cartId)}, ${Math.trunc(c.quantity)}, ${Math.trunc(c.price)}, 'held',
        ${L(c.idempotencyKey)}, ${at(c.expiresAt)}
      FROM g WHERE g.fresh
      ON CONFLICT (offer_id, idempotency_key) WHERE deleted_at IS NULL DO NOTHING
      RETURNING ${CLAIM_COLUMNS}
    )
    SELECT (SELECT row_to_json(i) FROM i) AS claim, coalesce((SELECT fresh FROM g), false) AS fresh`)
  const row = res[1].rows[0]
  return { claim: row.claim ? withDates(row.claim) : null, fresh: row.fresh }
}

function withDates(claim: any): ClaimRow {
  for (const k of DATE_FIELDS) {
    claim[k] = claim[k] == null ? null : new Date(claim[k])
  }
  return claim
}

const nullable = (v: string | null | undefined) => (v == null ? "NULL" : escapeLiteral(v))

/** An epoch-ms instant as a timestamptz literal (exact to the millisecond). */
const at = (ms: number) => `${escapeLiteral(new Date(ms).toISOString())}::timestamptz`

