import { ID_PREFIX, newId } from "../lib/ids"
import type { Db, DbClient } from "../lib/types"

type Q = Db | DbClient

export type VerificationRow = {
  id: string
  seller_id: string
  legal_name: string
  id_number_last4: string
  method: string
  verified_at: Date
  verified_by: string
  revoked_at: Date | null
}

/** The seller's active (not revoked) identity verification, or null. */
export async function activeVerification(db: Q, sellerId: string): Promise<VerificationRow | null> {
  const { rows } = await db.query(
    `SELECT id, seller_id, legal_name, id_number_last4, method, verified_at, verified_by, revoked_at
     FROM live_seller_verification
     WHERE seller_id = $1 AND revoked_at IS NULL AND deleted_at IS NULL`,
    [sellerId]
  )
  return rows[0] ?? null
}

export type NewVerification = {
  seller_id: string
  legal_name: string
  id_number_last4: string
  id_number_hash: string
  method: string
  verified_at: Date
  verified_by: string
  note?: string | null
}

/**
 * Records a verification for a process that does not boot Medusa (the live
 * tests' fixtures); Medusa code uses the module service and the
 * `record-seller-verification` workflow. Refused (unique index) while the
 * seller has an active one.
 */
export async function insertVerification(db: Q, v: NewVerification): Promise<string> {
  const id = newId(ID_PREFIX.sellerVerification)
  await db.query(
    `INSERT INTO live_seller_verification (id, seller_id, legal_name, id_number_last4, id_number_hash,
       method, verified_at, verified_by, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, v.seller_id, v.legal_name, v.id_number_last4, v.id_number_hash, v.method, v.verified_at, v.verified_by, v.note ?? null]
  )
  return id
}
