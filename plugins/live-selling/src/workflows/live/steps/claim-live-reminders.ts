import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { claimUnsentReminders, unclaimReminders } from "../../../modules/livestream/store/reminders"
import { liveContext } from "../../../live/live-context"

/**
 * This step takes a live stream's unsent reminders (marking them sent, so
 * no other caller sends them); compensation puts them back.
 */
export const claimLiveRemindersStep = createStep(
  "claim-live-reminders",
  async (input: { stream_id: string }, { container }) => {
    const reminders = await claimUnsentReminders(liveContext(container).db, input.stream_id)
    return new StepResponse(reminders, reminders.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await unclaimReminders(liveContext(container).db, ids)
  }
)
