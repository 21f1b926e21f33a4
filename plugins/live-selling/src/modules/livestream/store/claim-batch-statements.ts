import { escapeLiteral } from "pg"
import type { BatchState } from "../claims/claim-batch"
import type { ClaimRow, DbClient } from "../lib/types"
import { CLAIM_COLUMNS, type NewClaim } from "./claims"
import { at, nullable, withDates } from "./claim-statements"

/*
 * Postgres engine, two round trips per batch of claims on one offer, in
 * one transaction: `readBatchState` locks the offer row and reads what the
 * claim rule needs for every claim of the batch; the engine decides them
 * all (`decideBatch`), then `takeUnitsAndInsert` takes the granted units
 * and inserts the granted claims, and commits. The row lock keeps the
 * offer's units, its buyers' counts and its idempotency keys as read:
 * every grant on the offer goes through it. Multi-statement queries take
 * no parameters: values are inlined with `escapeLiteral`.
 */

const L = escapeLiteral
const ms = (t: string) => `(extract(epoch FROM ${t}) * 1000)::float8`
const textArray = (xs: string[]) => `ARRAY[${[...new Set(xs)].map(L).join(", ")}]::text[]`

/** BEGIN, the offer row locked, then the state of these buyers and keys on it. */
export async function readBatchState(
  c: DbClient,
  r: { offerId: string; customerKeys: string[]; idempotencyKeys: string[]; holdMs: number }
): Promise<BatchState<ClaimRow>> {
  const offer = L(r.offerId)
  const res: any = await c.query(`
    BEGIN;
    SELECT ${ms("now()")} AS now;
    SELECT status, quantity, claimed, per_customer_limit, ${ms("starts_at")} AS starts_at, ${ms("ends_at")} AS ends_at
      FROM live_offer WHERE id = ${offer} AND deleted_at IS NULL FOR UPDATE;
    SELECT customer_key,
      coalesce(sum(quantity) FILTER (WHERE status IN ('held', 'converted')), 0)::int AS claimed,
      coalesce(sum(quantity) FILTER (WHERE status = 'expired'), 0)::int AS expired
      FROM live_claim WHERE offer_id = ${offer} AND customer_key = ANY(${textArray(r.customerKeys)})
        AND deleted_at IS NULL GROUP BY customer_key;
    SELECT row_to_json(k) AS claim FROM (SELECT ${CLAIM_COLUMNS} FROM live_claim WHERE offer_id = ${offer}
      AND idempotency_key = ANY(${textArray(r.idempotencyKeys)}) AND deleted_at IS NULL) k`)
  const o = res[2].rows[0]
  return {
    offer: o ? {
      status: o.status, quantity: o.quantity, claimed: o.claimed, startsAt: o.starts_at, endsAt: o.ends_at,
      perCustomerLimit: o.per_customer_limit,
    } : null,
    now: res[1].rows[0].now,
    holdMs: r.holdMs,
    buyers: new Map(res[3].rows.map((b: any) => [b.customer_key, { claimed: b.claimed, expired: b.expired }])),
    claims: new Map(res[4].rows.map((k: any) => [k.claim.idempotency_key, withDates(k.claim)])),
  }
}

export type GrantedClaim = Omit<NewClaim, "offerId" | "streamId" | "price">

/**
 * In the transaction `readBatchState` opened: takes the granted claims'
 * units with one UPDATE of the offer (conditional on `claimed + n <=
 * quantity`, never more than the offer has), inserts them with one
 * multi-row INSERT and commits. Null (nothing written) if the units were
 * not there. A key already used fails the unique index (the transaction is
 * then left for the caller to roll back).
 */
export async function takeUnitsAndInsert(
  c: DbClient,
  offerId: string,
  claims: GrantedClaim[]
): Promise<{ rows: ClaimRow[]; left: number } | null> {
  const n = claims.reduce((s, k) => s + Math.trunc(k.quantity), 0)
  const offer = L(offerId)
  const values = claims.map((k) =>
    `(${L(k.id)}, ${L(k.customerKey)}, ${nullable(k.customerId)}::text, ${nullable(k.cartId)}::text, ` +
    `${Math.trunc(k.quantity)}, ${L(k.idempotencyKey)}, ${at(k.expiresAt)})`
  )
  const res: any = await c.query(`
    WITH o AS (
      UPDATE live_offer SET claimed = claimed + ${n}, updated_at = now()
      WHERE id = ${offer} AND deleted_at IS NULL AND claimed + ${n} <= quantity
      RETURNING stream_id, price, quantity - claimed AS units_left
    ), i AS (
      INSERT INTO live_claim (id, offer_id, stream_id, customer_key, customer_id, cart_id,
        quantity, price, status, idempotency_key, expires_at)
      SELECT v.id, ${offer}, o.stream_id, v.customer_key, v.customer_id, v.cart_id, v.quantity, o.price, 'held',
        v.idempotency_key, v.expires_at
      FROM o, (VALUES ${values.join(",\n        ")}) AS v(id, customer_key, customer_id, cart_id, quantity, idempotency_key, expires_at)
      RETURNING ${CLAIM_COLUMNS}
    )
    SELECT (SELECT json_agg(row_to_json(i)) FROM i) AS claims, (SELECT units_left FROM o) AS units_left;
    COMMIT`)
  const row = res[0].rows[0]
  return row.units_left == null ? null : { rows: (row.claims ?? []).map(withDates), left: row.units_left }
}
