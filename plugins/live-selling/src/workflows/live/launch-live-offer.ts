import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { launchLiveOfferStep, type LaunchLiveOfferStepInput } from "./steps/launch-live-offer"

/**
 * Launches a flash offer from REST: the same operation as the gateway's
 * `offer:launch`, published to the stream's room through the event log.
 */
export const launchLiveOfferWorkflow = createWorkflow(
  "launch-live-offer",
  (input: LaunchLiveOfferStepInput) => {
    return new WorkflowResponse(launchLiveOfferStep(input))
  }
)
