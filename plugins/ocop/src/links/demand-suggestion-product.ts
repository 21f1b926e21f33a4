import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DemandModule from "../modules/demand"

/** demand_suggestion.product */
export default defineLink(
  { linkable: DemandModule.linkable.demandSuggestion, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
