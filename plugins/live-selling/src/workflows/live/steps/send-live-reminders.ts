import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import { reminderMessage, streamPageUrl } from "../../../modules/livestream/lib/reminder-message"
import type LivestreamModuleService from "../../../modules/livestream/service"
import type { ReminderRow } from "../../../modules/livestream/store/reminders"

export const LIVE_REMINDER_TEMPLATE = "live-stream-started"

/**
 * This step sends one e-mail notification per reminder through Medusa's
 * Notification Module (whatever provider has the `email` channel; the
 * local one logs it). Each carries the reminder's id as idempotency key,
 * so a retried send does not notify twice.
 */
export const sendLiveRemindersStep = createStep(
  "send-live-reminders",
  async (input: { stream_id: string; reminders: ReminderRow[] }, { container }) => {
    if (!input.reminders.length) return new StepResponse([])
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const [stream] = await live.listLiveStreams({ id: input.stream_id }, { select: ["id", "title_vi", "title_en"] })
    const notifications = input.reminders.map((r) => {
      const title = (r.locale !== "vi" && stream?.title_en) || stream?.title_vi || input.stream_id
      const url = streamPageUrl(live.streamPageUrlTemplate, input.stream_id, r.locale)
      const message = reminderMessage(r.locale, title, url)
      return {
        to: r.email,
        channel: "email",
        template: LIVE_REMINDER_TEMPLATE,
        receiver_id: r.customer_id ?? undefined,
        resource_id: input.stream_id,
        resource_type: "live_stream",
        idempotency_key: `live-reminder-${r.id}`,
        data: { stream_id: input.stream_id, title, url, subject: message.subject, text: message.text, locale: r.locale },
      }
    })
    const sent = await container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
    return new StepResponse(sent.map((n: { id: string }) => n.id))
  }
)
