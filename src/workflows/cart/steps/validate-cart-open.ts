import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateCartOpenStepId = "validate-cart-open"
/**
 * This step throws when the cart does not exist (404) or is already an order (400).
 */
export const validateCartOpenStep = createStep(
  validateCartOpenStepId,
  async ({ cart, cart_id }: { cart?: { id: string; completed_at?: unknown } | null; cart_id: string }) => {
    if (!cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cart_id}`)
    }
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart_id} is already completed`)
    }
    return new StepResponse(true)
  }
)
