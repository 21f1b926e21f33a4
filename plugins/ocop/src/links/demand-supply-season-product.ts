import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DemandModule from "../modules/demand"

/** supply_season.product */
export default defineLink(
  { linkable: DemandModule.linkable.supplySeason, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
