import { acquireLockStep, addToCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareClaimLineStep } from "./steps/prepare-claim-line"
import { recordClaimLineStep } from "./steps/record-claim-line"

export type AttachLiveClaimToCartInput = {
  claim_id: string
  cart_id: string
  customer_id?: string | null
}

/**
 * Turns a held live claim into a line of the buyer's cart at the live price
 * (a custom unit price, VAT included), once: a retry finds the line it
 * already made. Completing the cart then creates the order at that price.
 */
export const attachLiveClaimToCartWorkflow = createWorkflow(
  "attach-live-claim-to-cart",
  (input: AttachLiveClaimToCartInput) => {
    const lockKey = transform({ input }, ({ input }) => `live-claim:${input.claim_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const prepared = prepareClaimLineStep(input)
    when("live-claim-needs-line", { prepared }, ({ prepared }) => !prepared.existing_line_id).then(() => {
      const items = transform({ prepared }, ({ prepared }) => [prepared.item])
      addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
    })
    const line = recordClaimLineStep({ claim_id: input.claim_id, cart_id: input.cart_id })
    releaseLockStep({ key: lockKey })
    const result = transform({ input, line }, ({ input, line }) => ({
      claim_id: input.claim_id,
      cart_id: input.cart_id,
      line_item_id: line.line_item_id,
    }))
    return new WorkflowResponse(result)
  }
)
