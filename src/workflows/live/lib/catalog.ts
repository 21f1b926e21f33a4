import type { Catalog } from "../../../live/control"
import { getVariant } from "../../../live/store/medusa"
import type { Db } from "../../../live/types"

/**
 * Variants for live offers, with the OCOP producer that owns each product
 * (from the product's OCOP provenance; null when it has none), so a producer
 * can only sell its own products live.
 */
export function medusaCatalogWithProducers(db: Db): Catalog {
  return {
    async getVariant(variantId) {
      const variant = await getVariant(db, variantId)
      if (!variant) {
        return null
      }
      const { rows } = await db.query(
        `SELECT producer_id FROM ocop_product_provenance
         WHERE product_id = $1 AND deleted_at IS NULL LIMIT 1`,
        [variant.productId]
      )
      return { ...variant, producerId: rows[0]?.producer_id ?? null }
    },
  }
}
