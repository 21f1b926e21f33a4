import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyLiveRemindersWorkflow } from "../workflows/live/notify-live-reminders"

/** A stream went live through REST: its reminders go out now. */
export default async function liveStreamStartedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const { result } = await notifyLiveRemindersWorkflow(container).run({ input: { stream_id: data.id } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Live reminders: ${result.length} sent for stream ${data.id}`)
}

export const config: SubscriberConfig = {
  event: "live_stream.started",
  context: { subscriberId: "live-stream-started-reminders" },
}
