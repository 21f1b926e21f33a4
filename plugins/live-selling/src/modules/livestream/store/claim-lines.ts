import type { ClaimState } from "../lib/claim-lines"
import type { Db } from "../lib/types"

export type EndedClaimLine = { claim_id: string; cart_id: string; line_item_id: string }

/**
 * Claims that ended (expired or released) while their line is still in a
 * cart: `line_item_id` stays set until the line is removed, then cleared.
 */
export async function endedClaimLines(db: Db, limit = 500): Promise<EndedClaimLine[]> {
  const { rows } = await db.query(
    `SELECT id AS claim_id, cart_id, line_item_id FROM live_claim
     WHERE status IN ('expired', 'released') AND line_item_id IS NOT NULL
       AND cart_id IS NOT NULL AND deleted_at IS NULL
     ORDER BY released_at LIMIT $1`,
    [limit]
  )
  return rows
}

/** Held claims with a cart line (to notice lines the buyer removed). */
export async function heldClaimLines(db: Db, limit = 2000): Promise<EndedClaimLine[]> {
  const { rows } = await db.query(
    `SELECT id AS claim_id, cart_id, line_item_id FROM live_claim
     WHERE status = 'held' AND line_item_id IS NOT NULL AND cart_id IS NOT NULL
       AND deleted_at IS NULL
     ORDER BY created_at LIMIT $1`,
    [limit]
  )
  return rows
}

export async function clearClaimLines(db: Db, claimIds: string[]) {
  if (!claimIds.length) {
    return
  }
  await db.query(
    `UPDATE live_claim SET line_item_id = NULL, updated_at = now()
     WHERE id = ANY($1::text[]) AND status IN ('expired', 'released')`,
    [claimIds]
  )
}

/** The claims (with their offer's variant) behind live cart lines. */
export async function claimStates(db: Db, ids: string[]): Promise<ClaimState[]> {
  if (!ids.length) {
    return []
  }
  const { rows } = await db.query(
    `SELECT c.id, c.status, c.cart_id, o.variant_id, c.quantity, c.price, c.expires_at
     FROM live_claim c JOIN live_offer o ON o.id = c.offer_id
     WHERE c.id = ANY($1::text[]) AND c.deleted_at IS NULL`,
    [ids]
  )
  return rows
}

/**
 * converted → held again for claims whose order was not placed (a failed
 * completion). Stock is unchanged: held and converted units both count as
 * claimed; a hold past its time is then expired by the next sweep.
 */
export async function revertConversions(db: Db, claimIds: string[]) {
  if (!claimIds.length) {
    return
  }
  await db.query(
    `UPDATE live_claim SET status = 'held', converted_at = NULL, updated_at = now()
     WHERE id = ANY($1::text[]) AND status = 'converted' AND order_id IS NULL`,
    [claimIds]
  )
}

/** Undoes `order_id` stamps (compensation of a failed order placement). */
export async function clearOrderStamps(db: Db, claimIds: string[]) {
  if (!claimIds.length) {
    return
  }
  await db.query(`UPDATE live_claim SET order_id = NULL WHERE id = ANY($1::text[])`, [claimIds])
}

/** Groups lines by cart. */
export function byCart<T extends { cart_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    out.set(r.cart_id, [...(out.get(r.cart_id) ?? []), r])
  }
  return out
}
