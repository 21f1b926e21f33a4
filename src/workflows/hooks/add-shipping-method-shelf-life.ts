import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertDeliveryKeepsFresh } from "../delivery/delivery-facts"

/** A delivery slower than the cart's shortest shelf life is refused (400), not only hidden. */
addShippingMethodToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertDeliveryKeepsFresh(
    container,
    input.cart_id,
    (input.options ?? []).map((o) => o.id)
  )
})
