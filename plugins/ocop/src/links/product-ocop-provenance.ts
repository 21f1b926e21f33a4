import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/**
 * product.ocop_provenance: producer, season, marks, planting-area codes,
 * standards and traceability URL. Read-only: the provenance record holds
 * `product_id`, so there is no pivot table to keep in sync.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...OcopModule.linkable.ocopProductProvenance.id, primaryKey: "product_id", alias: "ocop_provenance" },
  { readOnly: true }
)
