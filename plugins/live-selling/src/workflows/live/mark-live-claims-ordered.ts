import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markClaimsOrderedStep } from "./steps/mark-claims-ordered"

/** After `order.placed`: the order's live claims are converted and carry its id. */
export const markLiveClaimsOrderedWorkflow = createWorkflow(
  "mark-live-claims-ordered",
  (input: { order_id: string }) => {
    return new WorkflowResponse(markClaimsOrderedStep(input))
  }
)
