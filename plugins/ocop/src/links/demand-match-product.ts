import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DemandModule from "../modules/demand"

/** demand_match.product: titles for the matches the admin reads. */
export default defineLink(
  { linkable: DemandModule.linkable.demandMatch, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
