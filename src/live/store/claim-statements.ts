import { escapeLiteral } from "pg"
import type { ClaimRow, Db, DbClient } from "../types"
import { CLAIM_COLUMNS, type NewClaim } from "./claims"
import { LOCK_CLASS, lockKey } from "./locks"

type Q = Db | DbClient

/*
 * The two hot claim statements, one round trip each. Each is a
 * multi-statement query (an advisory lock, then the work) so the lock and
 * any row lock are held only inside the server, never across a client round
 * trip. Multi-statement queries cannot take parameters, so values are
 * inlined with `escapeLiteral` (numbers are truncated integers).
 */

export type TakeResult = {
  claim: ClaimRow | null
  units_left: number | null
  dup_id: string | null
  mine: number
  status: string | null
  quantity: number | null
  claimed: number | null
  per_customer_limit: number | null
  in_window: boolean | null
}

const DATE_FIELDS = ["expires_at", "converted_at", "released_at", "created_at"] as const

/**
 * Postgres engine, one round trip: an advisory lock serialises this
 * customer's claims on this offer (so the per-customer count and the
 * idempotency key are read fresh), then ONE statement takes the units with
 * a conditional UPDATE (`claimed + n <= quantity`, live, in window, under
 * the limit, key unused) and inserts the claim. Both run in the implicit
 * transaction of a multi-statement query, so the offer row is locked only
 * inside the server, never across a client round trip. Values are inlined
 * (a multi-statement query cannot take parameters) with `escapeLiteral`.
 */
export async function takeUnits(db: Q, c: Omit<NewClaim, "streamId" | "price">): Promise<TakeResult> {
  const L = escapeLiteral
  const n = Math.trunc(c.quantity)
  const offer = L(c.offerId)
  const res: any = await db.query(`
    SELECT pg_advisory_xact_lock(${LOCK_CLASS.customerOffer}, ${lockKey(`${c.offerId}:${c.customerKey}`)});
    WITH prior AS (
      SELECT
        (SELECT id FROM live_claim WHERE offer_id = ${offer} AND idempotency_key = ${L(c.idempotencyKey)}
           AND deleted_at IS NULL) AS dup_id,
        (SELECT coalesce(sum(quantity), 0)::int FROM live_claim WHERE offer_id = ${offer}
           AND customer_key = ${L(c.customerKey)} AND status IN ('held', 'converted')
           AND deleted_at IS NULL) AS mine
    ), o AS (
      UPDATE live_offer SET claimed = claimed + ${n}, updated_at = now()
      FROM prior
      WHERE live_offer.id = ${offer} AND live_offer.deleted_at IS NULL AND status = 'live'
        AND claimed + ${n} <= quantity AND now() >= starts_at AND now() < ends_at
        AND prior.dup_id IS NULL AND prior.mine + ${n} <= per_customer_limit
      RETURNING live_offer.stream_id, live_offer.price, live_offer.quantity - live_offer.claimed AS units_left
    ), i AS (
      INSERT INTO live_claim (id, offer_id, stream_id, customer_key, customer_id, cart_id,
        quantity, price, status, idempotency_key, expires_at)
      SELECT ${L(c.id)}, ${offer}, o.stream_id, ${L(c.customerKey)}, ${nullable(c.customerId)},
        ${nullable(c.cartId)}, ${n}, o.price, 'held', ${L(c.idempotencyKey)},
        now() + make_interval(secs => ${Math.trunc(c.holdMs) / 1000})
      FROM o
      ON CONFLICT (offer_id, idempotency_key) WHERE deleted_at IS NULL DO NOTHING
      RETURNING ${CLAIM_COLUMNS}
    )
    SELECT (SELECT row_to_json(i) FROM i) AS claim, (SELECT units_left FROM o) AS units_left,
      p.dup_id, p.mine, f.status, f.quantity, f.claimed, f.per_customer_limit, f.in_window
    FROM prior p LEFT JOIN (
      SELECT status, quantity, claimed, per_customer_limit,
        now() >= starts_at AND now() < ends_at AS in_window
      FROM live_offer WHERE id = ${offer} AND deleted_at IS NULL) f ON true`)
  const row = res[1].rows[0] as TakeResult
  if (row.claim) {
    row.claim = withDates(row.claim)
  }
  return row
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
        ${L(c.idempotencyKey)}, now() + make_interval(secs => ${Math.trunc(c.holdMs) / 1000})
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

