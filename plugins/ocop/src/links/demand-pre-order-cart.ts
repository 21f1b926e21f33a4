import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import DemandModule from "../modules/demand"

/** pre_order.cart: the cart the buyer pre-ordered from. */
export default defineLink(
  { linkable: DemandModule.linkable.preOrder, field: "cart_id" },
  CartModule.linkable.cart,
  { readOnly: true }
)
