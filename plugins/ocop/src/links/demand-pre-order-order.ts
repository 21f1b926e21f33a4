import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DemandModule from "../modules/demand"

/** pre_order.order: the Medusa order placed for the pre-order, once there is one. */
export default defineLink(
  { linkable: DemandModule.linkable.preOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
