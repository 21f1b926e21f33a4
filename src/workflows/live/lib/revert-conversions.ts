import type { Db } from "../../../live/types"

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
