import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DemandModule from "../modules/demand"

/** product.supply_season: the product's harvest window (season months, off-season, uncertain, perishable). */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...DemandModule.linkable.supplySeason.id, primaryKey: "product_id" },
  { readOnly: true }
)
