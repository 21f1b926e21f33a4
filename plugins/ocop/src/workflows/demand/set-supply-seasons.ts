import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SeasonInput, upsertSupplySeasonsStep } from "./steps/upsert-supply-seasons"

export const setSupplySeasonsWorkflowId = "set-supply-seasons"
/** Sets products' harvest windows (the seed from the catalogue, operators afterwards). */
export const setSupplySeasonsWorkflow = createWorkflow(setSupplySeasonsWorkflowId, (input: { seasons: SeasonInput[] }) => {
  return new WorkflowResponse(upsertSupplySeasonsStep(input.seasons))
})
