import type { Db } from "../../../live/types"
import type { ClaimState } from "./claim-lines"

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
