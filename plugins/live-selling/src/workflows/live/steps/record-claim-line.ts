import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getClaim, setClaimRefs } from "../../../modules/livestream/store/claims"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { LIVE_LINE_METADATA } from "../../../modules/livestream/lib/claim-lines"
import { liveContext } from "../../../live/live-context"

export type RecordClaimLineInput = { claim_id: string; cart_id: string }

export const recordClaimLineStepId = "record-claim-line"
/**
 * This step finds the claim's line in the cart and records the cart and
 * line on the claim; compensation puts the previous references back.
 */
export const recordClaimLineStep = createStep(
  recordClaimLineStepId,
  async (input: RecordClaimLineInput, { container }) => {
    const { db } = liveContext(container)
    const lines = await container
      .resolve(Modules.CART)
      .listLineItems({ cart_id: input.cart_id }, { select: ["id", "metadata"] })
    const line = lines.find((l) => l.metadata?.[LIVE_LINE_METADATA.claim] === input.claim_id)
    if (!line) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the claim's cart line was not created")
    }
    const before = await getClaim(db, input.claim_id)
    await setClaimRefs(db, input.claim_id, { cartId: input.cart_id, lineItemId: line.id })
    return new StepResponse(
      { line_item_id: line.id },
      { id: input.claim_id, cart_id: before?.cart_id ?? null, line_item_id: before?.line_item_id ?? null }
    )
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).updateLiveClaims(before)
  }
)
