import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { controlledStream, launchOffer, stopOffer } from "../../../modules/livestream/control"
import type { LiveActor } from "../../sellers/actor"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"

export type LaunchLiveOfferStepInput = {
  actor: LiveActor
  stream_id: string
  variant_id: string
  price: number
  quantity: number
  per_customer_limit: number
  starts_in_sec: number
  duration_sec: number
  title?: string
}

export const launchLiveOfferStepId = "launch-live-offer"
/**
 * This step launches a flash offer on a live stream (countdown, then
 * claimable until its end); viewers get `offer:scheduled`. A producer may
 * only sell variants of its own products. Compensation stops the offer.
 */
export const launchLiveOfferStep = createStep(
  launchLiveOfferStepId,
  async (input: LaunchLiveOfferStepInput, { container }) => {
    const ctx = liveContext(container)
    await runLive(() => controlledStream(ctx.db, input.actor, input.stream_id))
    if (input.actor.type === "producer") {
      const variant = await ctx.catalog.getVariant(input.variant_id)
      if (variant && variant.producerId !== input.actor.id) {
        throw new MedusaError(MedusaError.Types.FORBIDDEN, "variant_id: the product belongs to another producer")
      }
    }
    const { offer } = await runLive(() =>
      launchOffer(ctx, input.actor, {
        streamId: input.stream_id,
        variantId: input.variant_id,
        price: input.price,
        quantity: input.quantity,
        perCustomerLimit: input.per_customer_limit,
        startsInSec: input.starts_in_sec,
        durationSec: input.duration_sec,
        title: input.title,
      })
    )
    return new StepResponse(offer, { actor: input.actor, offerId: offer.id })
  },
  async (launched, { container }) => {
    if (!launched) {
      return
    }
    await stopOffer(liveContext(container), launched.actor, launched.offerId).catch(() => undefined)
  }
)
