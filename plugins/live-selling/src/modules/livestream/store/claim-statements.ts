import { escapeLiteral } from "pg"
import type { ClaimRow, Db, DbClient } from "../lib/types"
import { CLAIM_COLUMNS, type NewClaim } from "./claims"
import { LOCK_CLASS, lockKey } from "./locks"

type Q = Db | DbClient

/*
 * The Redis engine's hot claim statement (the Postgres engine's are in
 * `claim-batch-statements.ts`). Multi-statement queries cannot take parameters, so
 * values are inlined with `escapeLiteral` (numbers are truncated integers).
 */

const DATE_FIELDS = ["expires_at", "converted_at", "released_at", "created_at"] as const

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

export function withDates(claim: any): ClaimRow {
  for (const k of DATE_FIELDS) {
    claim[k] = claim[k] == null ? null : new Date(claim[k])
  }
  return claim
}

export const nullable = (v: string | null | undefined) => (v == null ? "NULL" : escapeLiteral(v))

/** An epoch-ms instant as a timestamptz literal (exact to the millisecond). */
export const at = (ms: number) => `${escapeLiteral(new Date(ms).toISOString())}::timestamptz`

