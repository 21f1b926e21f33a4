import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateCartsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CONSENT_KEY } from "../../lib/privacy"
import { validateCartOpenStep } from "../vat-invoice/steps/validate-cart-open"
import { stampConsentStep } from "./steps/stamp-consent"

export type RecordCartConsentInput = { cart_id: string }

export const recordCartConsentWorkflowId = "record-cart-personal-data-consent"

/**
 * The buyer agreed to the privacy notice at checkout: the cart's metadata
 * keeps `personal_data_consent: { version, at }`, which the order inherits.
 */
export const recordCartConsentWorkflow = createWorkflow(
  recordCartConsentWorkflowId,
  (input: WorkflowData<RecordCartConsentInput>) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "completed_at", "metadata"],
      filters: { id: input.cart_id },
    })
    const cart = transform({ carts }, ({ carts }) => carts[0] ?? null)
    validateCartOpenStep({ cart, cart_id: input.cart_id })
    const consent = stampConsentStep()

    const update = transform({ cart, consent }, ({ cart, consent }) => [
      { id: cart!.id, metadata: { ...(cart!.metadata ?? {}), [CONSENT_KEY]: consent } },
    ])
    updateCartsStep(update)
    releaseLockStep({ key: input.cart_id })

    return new WorkflowResponse(
      transform({ input, consent }, ({ input, consent }) => ({ cart_id: input.cart_id, [CONSENT_KEY]: consent }))
    )
  }
)
