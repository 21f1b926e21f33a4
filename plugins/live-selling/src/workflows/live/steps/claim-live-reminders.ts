import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

/**
 * This step takes a live stream's unsent reminders (marking them sent, so
 * no other caller sends them); compensation puts them back.
 */
export const claimLiveRemindersStep = createStep(
  "claim-live-reminders",
  async (input: { stream_id: string }, { container }) => {
    const reminders = await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).claimUnsentReminders(input.stream_id)
    return new StepResponse(reminders, reminders.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).unclaimReminders(ids)
  }
)
