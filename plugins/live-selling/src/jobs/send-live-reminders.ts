import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { liveContext } from "../live/live-context"
import { streamsWithUnsentReminders } from "../modules/livestream/store/reminders"
import { notifyLiveRemindersWorkflow } from "../workflows/live/notify-live-reminders"

/**
 * Every minute, on the worker: reminders of streams that went live without
 * the `live_stream.started` event (a producer's `stream:start` on the
 * gateway, which is transport and has no event bus) go out.
 */
export default async function sendLiveReminders(container: MedusaContainer) {
  const streamIds = await streamsWithUnsentReminders(liveContext(container).db)
  let sent = 0
  for (const stream_id of streamIds) {
    const { result } = await notifyLiveRemindersWorkflow(container).run({ input: { stream_id } })
    sent += result.length
  }
  if (sent) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Live reminders: ${sent} sent for ${streamIds.length} streams`)
  }
}

export const config = {
  name: "send-live-reminders",
  schedule: "* * * * *",
}
