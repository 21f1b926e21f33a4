import type { ClaimRow, Db, DbClient } from "../lib/types"

type Q = Db | DbClient

export const CLAIM_COLUMNS = `id, offer_id, stream_id, customer_key, customer_id, cart_id,
  quantity, price, status, idempotency_key, expires_at, line_item_id, order_id,
  converted_at, released_at, created_at`

export type NewClaim = {
  id: string
  offerId: string
  streamId: string
  customerKey: string
  customerId: string | null
  cartId: string | null
  quantity: number
  price: number
  idempotencyKey: string
  /** When the hold ends, epoch ms (the claim rule's grant says). */
  expiresAt: number
}

/**
 * Which of these (offer, idempotency key) pairs already have a claim, in one
 * query (the unique index on offer and key): one boolean per pair, in order.
 */
export async function claimKeysUsed(db: Q, pairs: { offerId: string; idempotencyKey: string }[]): Promise<boolean[]> {
  const { rows } = await db.query(
    `SELECT c.offer_id, c.idempotency_key FROM live_claim c
     JOIN unnest($1::text[], $2::text[]) AS k(offer_id, idempotency_key)
       ON c.offer_id = k.offer_id AND c.idempotency_key = k.idempotency_key
     WHERE c.deleted_at IS NULL`,
    [pairs.map((p) => p.offerId), pairs.map((p) => p.idempotencyKey)]
  )
  const used = new Set(rows.map((r: { offer_id: string; idempotency_key: string }) => `${r.offer_id}\n${r.idempotency_key}`))
  return pairs.map((p) => used.has(`${p.offerId}\n${p.idempotencyKey}`))
}

export async function findClaimByKey(
  db: Q,
  offerId: string,
  idempotencyKey: string
): Promise<ClaimRow | null> {
  const { rows } = await db.query(
    `SELECT ${CLAIM_COLUMNS} FROM live_claim
     WHERE offer_id = $1 AND idempotency_key = $2 AND deleted_at IS NULL`,
    [offerId, idempotencyKey]
  )
  return rows[0] ?? null
}

export async function getClaim(db: Q, id: string): Promise<ClaimRow | null> {
  const { rows } = await db.query(
    `SELECT ${CLAIM_COLUMNS} FROM live_claim WHERE id = $1 AND deleted_at IS NULL`,
    [id]
  )
  return rows[0] ?? null
}

/**
 * Ends held claims (`released` by id, or `expired` when past `expires_at`)
 * and returns them. Conditional on `held`, so each claim ends once.
 */
export async function endHeldClaims(
  db: Q,
  filter: { ids: string[] } | { offerId: string; dueBefore: Date },
  status: "released" | "expired"
): Promise<ClaimRow[]> {
  const byIds = "ids" in filter
  const { rows } = await db.query(
    `UPDATE live_claim SET status = $2, released_at = now(), updated_at = now()
     WHERE status = 'held' AND deleted_at IS NULL AND ${
       byIds ? "id = ANY($1::text[])" : "offer_id = $1 AND expires_at <= $3"
     }
     RETURNING ${CLAIM_COLUMNS}`,
    byIds ? [filter.ids, status] : [filter.offerId, status, filter.dueBefore]
  )
  return rows
}

/** Offers that have held claims past their hold (for the expiry sweep). */
export async function offersWithDueHolds(db: Q, now: Date): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT DISTINCT offer_id FROM live_claim
     WHERE status = 'held' AND expires_at <= $1 AND deleted_at IS NULL LIMIT 200`,
    [now]
  )
  return rows.map((r) => r.offer_id)
}

export async function giveBackUnits(db: Q, offerId: string, n: number) {
  await db.query(
    `UPDATE live_offer SET claimed = claimed - $2, updated_at = now() WHERE id = $1`,
    [offerId, n]
  )
}

/** held → converted (not after the hold ran out). */
export async function markConverted(
  db: Q,
  id: string,
  refs: { orderId?: string | null; lineItemId?: string | null }
): Promise<ClaimRow | null> {
  const { rows } = await db.query(
    `UPDATE live_claim SET status = 'converted', converted_at = now(), updated_at = now(),
       order_id = coalesce($2, order_id), line_item_id = coalesce($3, line_item_id)
     WHERE id = $1 AND status = 'held' AND expires_at > now() AND deleted_at IS NULL
     RETURNING ${CLAIM_COLUMNS}`,
    [id, refs.orderId ?? null, refs.lineItemId ?? null]
  )
  return rows[0] ?? null
}

export async function setClaimRefs(
  db: Q,
  id: string,
  refs: { cartId?: string | null; lineItemId?: string | null; orderId?: string | null }
): Promise<ClaimRow | null> {
  const { rows } = await db.query(
    `UPDATE live_claim SET cart_id = coalesce($2, cart_id),
       line_item_id = coalesce($3, line_item_id), order_id = coalesce($4, order_id),
       updated_at = now()
     WHERE id = $1 AND deleted_at IS NULL RETURNING ${CLAIM_COLUMNS}`,
    [id, refs.cartId ?? null, refs.lineItemId ?? null, refs.orderId ?? null]
  )
  return rows[0] ?? null
}

/** An offer's held or bought claims (`n`) and their units. */
export async function heldClaimTotals(db: Q, offerId: string): Promise<{ n: number; units: number }> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n, coalesce(sum(quantity), 0)::int AS units FROM live_claim
     WHERE offer_id = $1 AND status IN ('held', 'converted') AND deleted_at IS NULL`,
    [offerId]
  )
  return rows[0]
}

/** Per-customer totals (held or bought; expired), and idempotency keys, to rebuild Redis state. */
export async function claimTotals(db: Q, offerId: string) {
  const [byCustomer, expired, keys] = await Promise.all([
    db.query(
      `SELECT customer_key, sum(quantity)::int AS n FROM live_claim
       WHERE offer_id = $1 AND status IN ('held', 'converted') AND deleted_at IS NULL
       GROUP BY customer_key`,
      [offerId]
    ),
    db.query(
      `SELECT customer_key, sum(quantity)::int AS n FROM live_claim
       WHERE offer_id = $1 AND status = 'expired' AND deleted_at IS NULL
       GROUP BY customer_key`,
      [offerId]
    ),
    db.query(
      `SELECT idempotency_key, id FROM live_claim WHERE offer_id = $1 AND deleted_at IS NULL`,
      [offerId]
    ),
  ])
  return {
    byCustomer: byCustomer.rows as { customer_key: string; n: number }[],
    expiredByCustomer: expired.rows as { customer_key: string; n: number }[],
    keys: keys.rows as { idempotency_key: string; id: string }[],
  }
}

