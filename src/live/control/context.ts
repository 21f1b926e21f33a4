import type { ClaimEngine } from "../claims/types"
import type { LiveEventPublisher } from "../events/types"
import type { VariantInfo } from "../store/medusa"
import type { Db } from "../types"

/** Looks a variant up for an offer; `producerId` set when ownership is known. */
export type Catalog = {
  getVariant(variantId: string): Promise<(VariantInfo & { producerId?: string | null }) | null>
}

/** What control functions need; the gateway and Medusa code both build one. */
export type LiveControlContext = {
  db: Db
  log: LiveEventPublisher
  claims: ClaimEngine
  catalog: Catalog
}
