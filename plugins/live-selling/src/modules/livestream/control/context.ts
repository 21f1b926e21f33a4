import type { ClaimEngine } from "../claims/types"
import type { LiveEventPublisher } from "../events/types"
import type { Db } from "../lib/types"

/** A variant as a live offer shows it. */
export type VariantInfo = {
  variantId: string
  productId: string
  title: string
  thumbnail: string | null
  /** The variant's regular VND price (no price list), if it has one. */
  originalPrice: number | null
  /**
   * Units in Medusa's inventory across stock locations (stocked − reserved);
   * null when the variant's inventory is not tracked (no cap).
   */
  available: number | null
  /** The product's metadata says `live_restricted: true`: no flash offer of it. */
  liveRestricted?: boolean
}

/**
 * Looks variants and products up for offers and pins. `producerId` (the
 * owning producer, null for none) and `productOwners` are there when the
 * catalog knows ownership; producers may then only use their own products.
 */
export type Catalog = {
  getVariant(variantId: string): Promise<(VariantInfo & { producerId?: string | null }) | null>
  /** Owner of each existing product (absent from the map: no such product). */
  productOwners?(productIds: string[]): Promise<Map<string, string | null>>
  /** Of `productIds`, those whose metadata says `live_restricted: true` (not pinned). */
  liveRestricted?(productIds: string[]): Promise<Set<string>>
}

/** What control functions need; the gateway and Medusa code both build one. */
export type LiveControlContext = {
  db: Db
  log: LiveEventPublisher
  claims: ClaimEngine
  catalog: Catalog
}
