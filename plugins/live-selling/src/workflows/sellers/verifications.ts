import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"

// For stores' scripts (the package exports `modules/*` only as module entry points).
export { minimiseIdNumber } from "../../modules/livestream/lib/seller-verification"

export type SellerVerification = {
  id: string
  seller_id: string
  legal_name: string
  id_number_last4: string
  method: string
  verified_at: Date | string
  verified_by: string
  note: string | null
  revoked_at: Date | string | null
  revoked_by: string | null
  revoke_reason: string | null
  created_at?: Date | string
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** A verification for the admin: what is kept of the ID number is its last 4 characters (never the hash). */
export function verificationView(v: SellerVerification) {
  return {
    id: v.id,
    seller_id: v.seller_id,
    legal_name: v.legal_name,
    id_number_last4: v.id_number_last4,
    method: v.method,
    verified_at: iso(v.verified_at),
    verified_by: v.verified_by,
    note: v.note ?? null,
    revoked_at: iso(v.revoked_at),
    revoked_by: v.revoked_by ?? null,
    revoke_reason: v.revoke_reason ?? null,
    created_at: iso(v.created_at),
  }
}

/** The active (not revoked) verification of each of `sellerIds` that has one. */
export async function activeVerifications(
  container: MedusaContainer,
  sellerIds: string[]
): Promise<Map<string, SellerVerification>> {
  const ids = [...new Set(sellerIds.filter(Boolean))]
  if (!ids.length) {
    return new Map()
  }
  const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const rows = (await service.listLiveSellerVerifications({ seller_id: ids, revoked_at: null })) as SellerVerification[]
  return new Map(rows.map((v) => [v.seller_id, v]))
}

/**
 * The key ID numbers are hashed with: plugin option `identity_hash_secret`,
 * else env `LIVE_ID_HASH_SECRET`, else Medusa's `http.jwtSecret`.
 */
export function identityHashSecret(container: MedusaContainer): string {
  const fromOptions = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).identityHashSecret
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return fromOptions || process.env.LIVE_ID_HASH_SECRET || String(config.projectConfig.http?.jwtSecret ?? "")
}
