import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateCartsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateCartOpenStep } from "./steps/validate-cart-open"

export type SetCartMetadataInput = {
  cart_id: string
  /** a key only the server writes (the store's own middlewares refuse or drop it in client updates) */
  key: string
  /** decided by the server: VAT invoice details, the 18+ confirmation's time, the consent record; null clears */
  value: unknown
}

export const setCartMetadataWorkflowId = "set-cart-metadata"

/**
 * Sets one key of an open cart's metadata, under the cart's lock so that
 * concurrent writes of other keys are not lost; the order inherits it.
 * Answers `{ cart_id, value }` as stored.
 */
export const setCartMetadataWorkflow = createWorkflow(
  setCartMetadataWorkflowId,
  (input: WorkflowData<SetCartMetadataInput>) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "completed_at", "metadata"],
      filters: { id: input.cart_id },
    })
    const cart = transform({ carts }, ({ carts }) => carts[0] ?? null)
    validateCartOpenStep({ cart, cart_id: input.cart_id })

    const update = transform({ cart, input }, ({ cart, input }) => [
      { id: cart!.id, metadata: { ...(cart!.metadata ?? {}), [input.key]: input.value } },
    ])
    const updated = updateCartsStep(update)
    releaseLockStep({ key: input.cart_id })

    // read back from the update: a transform is evaluated where it is used
    return new WorkflowResponse(
      transform({ updated, input }, ({ updated, input }) => ({
        cart_id: updated[0].id,
        value: (updated[0].metadata as Record<string, unknown> | null)?.[input.key] ?? null,
      }))
    )
  }
)
