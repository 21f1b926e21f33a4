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
 * Redis engine: makes claims taken in Redis on one offer durable, in one
 * round trip (one statement, one commit, however many claims), under the
 * offer's shared state lock, each only if the Redis state it was taken under
 * (`gen`) is still the current one (a rebuild changes it). One answer per
 * claim, in order: its row (null when a claim already holds its key) and
 * whether its state was fresh.
 */
export async function insertClaimsIfFresh(
  db: Q,
  offerId: string,
  claims: (Omit<NewClaim, "offerId"> & { gen: string })[]
): Promise<{ claim: ClaimRow | null; fresh: boolean }[]> {
  const L = escapeLiteral
  const offer = L(offerId)
  const rows = claims.map((c, i) =>
    `(${i}, ${L(c.id)}, ${L(c.streamId)}, ${L(c.customerKey)}, ${nullable(c.customerId)}, ${nullable(c.cartId)}, ` +
    `${Math.trunc(c.quantity)}, ${Math.trunc(c.price)}, ${L(c.idempotencyKey)}, ${at(c.expiresAt)}, ${L(c.gen)})`
  )
  const res: any = await db.query(`
    SELECT pg_advisory_xact_lock_shared(${LOCK_CLASS.offerState}, ${lockKey(offerId)});
    WITH n (ord, id, stream_id, customer_key, customer_id, cart_id, quantity, price, idempotency_key, expires_at, gen) AS (
      VALUES ${rows.join(",\n      ")}
    ), g AS (
      SELECT n.ord, o.stock_gen IS NOT DISTINCT FROM n.gen AS fresh FROM n JOIN live_offer o ON o.id = ${offer}
    ), i AS (
      INSERT INTO live_claim (id, offer_id, stream_id, customer_key, customer_id, cart_id,
        quantity, price, status, idempotency_key, expires_at)
      SELECT n.id, ${offer}, n.stream_id, n.customer_key, n.customer_id, n.cart_id, n.quantity, n.price, 'held',
        n.idempotency_key, n.expires_at
      FROM n JOIN g ON g.ord = n.ord WHERE g.fresh ORDER BY n.ord
      ON CONFLICT (offer_id, idempotency_key) WHERE deleted_at IS NULL DO NOTHING
      RETURNING ${CLAIM_COLUMNS}
    )
    SELECT n.ord, coalesce(g.fresh, false) AS fresh, (SELECT row_to_json(i) FROM i WHERE i.id = n.id) AS claim
    FROM n LEFT JOIN g ON g.ord = n.ord ORDER BY n.ord`)
  return res[1].rows.map((r: any) => ({ claim: r.claim ? withDates(r.claim) : null, fresh: r.fresh }))
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

