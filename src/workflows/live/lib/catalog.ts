import type { Catalog } from "../../../live/control"
import { medusaCatalog } from "../../../live/gateway/medusa-checks"
import type { Db } from "../../../live/types"

/**
 * Variants and products for live offers and pins, with the OCOP producer that
 * owns each product (from the product's OCOP provenance; null when it has
 * none), so a producer can only sell its own products live. The gateways use
 * the same catalog.
 */
export function medusaCatalogWithProducers(db: Db): Catalog {
  return medusaCatalog(db)
}
