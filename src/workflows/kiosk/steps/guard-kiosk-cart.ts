import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartCompletable } from "../../../api/utils/complete-cart-guard"

/** The store's rules before a cart becomes an order (alcohol, consent, …), as for any cart. */
export const guardKioskCartStep = createStep("guard-kiosk-cart", async (input: { cart_id: string }, { container }) => {
  await assertCartCompletable(container, input.cart_id)
  return new StepResponse(true)
})
