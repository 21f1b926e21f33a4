import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DemandModule from "../modules/demand"

/** pre_order.product: the product a pre-order is for (read-only: the pre-order holds `product_id`). */
export default defineLink(
  { linkable: DemandModule.linkable.preOrder, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
