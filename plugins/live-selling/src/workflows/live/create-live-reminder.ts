import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveLiveReminderStep, type SaveLiveReminderInput } from "./steps/save-live-reminder"

/** "Remind me" on a scheduled stream: one reminder per e-mail, sent once when the stream goes live. */
export const createLiveReminderWorkflow = createWorkflow("create-live-reminder", (input: SaveLiveReminderInput) => {
  return new WorkflowResponse(saveLiveReminderStep(input))
})
