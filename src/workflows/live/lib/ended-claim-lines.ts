import type { Db } from "../../../live/types"

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

/** Groups lines by cart. */
export function byCart<T extends { cart_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    out.set(r.cart_id, [...(out.get(r.cart_id) ?? []), r])
  }
  return out
}
