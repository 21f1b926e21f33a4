import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadLiveDemandStep, type LoadLiveDemandInput } from "./steps/load-live-demand"
import { recordDemandEventsStep } from "./steps/record-demand-events"

export const recordLiveDemandWorkflowId = "record-live-demand"
/**
 * Server side of the livestream demand signals: settled claims (units per
 * product and stream, value of the converted ones) and the peak audience of
 * ended streams, recorded once each by their refs.
 */
export const recordLiveDemandWorkflow = createWorkflow(recordLiveDemandWorkflowId, (input: LoadLiveDemandInput) => {
  const rows = loadLiveDemandStep(input)
  const recorded = recordDemandEventsStep(rows)
  return new WorkflowResponse({ recorded })
})
