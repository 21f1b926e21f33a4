import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type SaveLiveReminderInput = { stream_id: string; email: string; customer_id: string | null; locale: string }

/**
 * This step checks that the stream is still to come and keeps the reminder:
 * the same e-mail twice for one stream is one reminder (its language and
 * customer updated). Compensation deletes a reminder it created.
 */
export const saveLiveReminderStep = createStep(
  "save-live-reminder",
  async (input: SaveLiveReminderInput, { container }) => {
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const [stream] = await live.listLiveStreams({ id: input.stream_id }, { select: ["id", "status"] })
    if (!stream) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: stream ${input.stream_id} not found`)
    }
    if (stream.status !== "scheduled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `id: the stream is ${stream.status}; reminders are for streams still to come`)
    }
    const [existing] = await live.listLiveReminders({ stream_id: input.stream_id, email: input.email })
    if (existing) {
      const updated = await live.updateLiveReminders({ id: existing.id, locale: input.locale, customer_id: input.customer_id ?? existing.customer_id })
      return new StepResponse(updated, null)
    }
    const created = await live.createLiveReminders(input)
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).deleteLiveReminders(createdId)
  }
)
