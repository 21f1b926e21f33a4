import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimLiveRemindersStep } from "./steps/claim-live-reminders"
import { sendLiveRemindersStep } from "./steps/send-live-reminders"

/**
 * Tells everyone who asked to be reminded that a stream is live: run when
 * a stream starts through REST (`live_stream.started`) and by the
 * `send-live-reminders` job for streams started through the gateway. Each
 * reminder is sent once, whichever runs first.
 */
export const notifyLiveRemindersWorkflow = createWorkflow("notify-live-reminders", (input: { stream_id: string }) => {
  const reminders = claimLiveRemindersStep(input)
  return new WorkflowResponse(sendLiveRemindersStep({ stream_id: input.stream_id, reminders }))
})
