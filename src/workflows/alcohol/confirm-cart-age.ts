import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateCartsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AGE_CONFIRMED_AT_KEY } from "../../lib/compliance"
import { validateCartOpenStep } from "../vat-invoice/steps/validate-cart-open"

export type ConfirmCartAgeInput = { cart_id: string }

export const confirmCartAgeWorkflowId = "confirm-cart-age"

/**
 * Records that the buyer confirmed being 18 or older: the server's time in
 * the cart's `metadata.age_confirmed_at` (clients cannot write that key),
 * which completing a cart with alcohol requires.
 */
export const confirmCartAgeWorkflow = createWorkflow(
  confirmCartAgeWorkflowId,
  (input: WorkflowData<ConfirmCartAgeInput>) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "completed_at", "metadata"],
      filters: { id: input.cart_id },
    })
    const cart = transform({ carts }, ({ carts }) => carts[0] ?? null)
    validateCartOpenStep({ cart, cart_id: input.cart_id })

    const confirmedAt = transform({}, () => new Date().toISOString())
    const update = transform({ cart, confirmedAt }, ({ cart, confirmedAt }) => [
      { id: cart!.id, metadata: { ...(cart!.metadata ?? {}), [AGE_CONFIRMED_AT_KEY]: confirmedAt } },
    ])
    const updated = updateCartsStep(update)
    releaseLockStep({ key: input.cart_id })

    // read back from the update: a transform is evaluated where it is used
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => ({
        cart_id: updated[0].id,
        age_confirmed_at: updated[0].metadata?.[AGE_CONFIRMED_AT_KEY] as string,
      }))
    )
  }
)
