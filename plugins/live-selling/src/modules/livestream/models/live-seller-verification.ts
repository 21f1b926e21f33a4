import { model } from "@medusajs/framework/utils"
import { VERIFICATION_METHODS } from "../lib/seller-verification"

/**
 * An identity (e-ID) check of a seller, recorded by an admin: a stream goes
 * live only while its seller has one that is not revoked (`lib/seller-verification`).
 * Data minimisation: of the ID number only the last 4 digits and a keyed hash
 * (HMAC-SHA256) are kept, never the number itself. At most one active
 * (not revoked) verification per seller; a new one supersedes the old.
 */
const LiveSellerVerification = model
  .define("live_seller_verification", {
    id: model.id({ prefix: "lsvf" }).primaryKey(),
    /** the seller's id in the store's seller directory */
    seller_id: model.text(),
    /** the legal name the e-ID check confirmed */
    legal_name: model.text(),
    id_number_last4: model.text(),
    /** hex HMAC-SHA256 of the normalised ID number */
    id_number_hash: model.text(),
    method: model.enum([...VERIFICATION_METHODS]),
    verified_at: model.dateTime(),
    /** the admin user who recorded the check */
    verified_by: model.text(),
    note: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    revoked_by: model.text().nullable(),
    revoke_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["seller_id"] },
    { name: "IDX_live_seller_verification_active", on: ["seller_id"], unique: true, where: "revoked_at IS NULL" },
  ])
  .checks([
    {
      name: "live_seller_verification_last4",
      expression: (c) => `${c.id_number_last4} ~ '^[0-9A-Z]{4}$'`,
    },
  ])

export default LiveSellerVerification
