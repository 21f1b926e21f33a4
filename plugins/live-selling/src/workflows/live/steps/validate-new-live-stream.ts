import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LiveActor } from "../../sellers/actor"
import { productOwner } from "../../sellers/actor"
import { assertProducts, requireProducer } from "../../sellers/sellers"
import { assertScheduledAt } from "../../../modules/livestream/lib/schedule"

export type ValidateNewLiveStreamInput = {
  actor: LiveActor
  producer_id: string
  scheduled_at?: string | Date | null
  pinned_product_ids?: string[]
}

export const validateNewLiveStreamStepId = "validate-new-live-stream"
/**
 * This step checks a new stream: an existing seller (the producer
 * itself, for a producer login), a future start, and pinned products the
 * producer owns.
 */
export const validateNewLiveStreamStep = createStep(
  validateNewLiveStreamStepId,
  async (input: ValidateNewLiveStreamInput, { container }) => {
    if (input.actor.type === "producer" && input.actor.id !== input.producer_id) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "producer_id: a producer schedules only its own streams")
    }
    const producer = await requireProducer(container, input.producer_id)
    assertScheduledAt(input.scheduled_at, new Date())
    await assertProducts(container, {
      productIds: input.pinned_product_ids ?? [],
      ownerId: productOwner(input.actor),
      field: "pinned_product_ids",
    })
    return new StepResponse(producer)
  }
)
