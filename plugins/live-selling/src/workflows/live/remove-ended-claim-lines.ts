import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { clearClaimLinesStep } from "./steps/clear-claim-lines"

export type RemoveEndedClaimLinesInput = { cart_id: string; line_ids: string[]; claim_ids: string[] }

/**
 * Removes from an open cart the lines of claims whose hold expired or was
 * released (their units are already back on the offer), so the cart shows
 * what can still be bought at the live price.
 */
export const removeEndedClaimLinesWorkflow = createWorkflow(
  "remove-ended-live-claim-lines",
  (input: RemoveEndedClaimLinesInput) => {
    deleteLineItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, ids: input.line_ids } })
    return new WorkflowResponse(clearClaimLinesStep(input.claim_ids))
  }
)
