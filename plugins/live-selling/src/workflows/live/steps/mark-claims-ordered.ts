import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getClaim, setClaimRefs } from "../../../modules/livestream/store/claims"
import { liveLinesOf } from "../../../modules/livestream/lib/claim-lines"
import { liveContext } from "../../../live/live-context"
import { clearOrderStamps, revertConversions } from "../../../modules/livestream/store/claim-lines"

export type MarkClaimsOrderedInput = {
  order_id: string
  /** the claims behind the order's lines when the caller knows them (else read from the order's lines) */
  claim_ids?: string[]
}

async function claimIdsOfOrder(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata"],
    filters: { id: orderId },
  })
  return liveLinesOf(data[0]?.items as any).map((l) => l.claimId)
}

export const markClaimsOrderedStepId = "mark-live-claims-ordered"
/**
 * This step records the order on the claims behind the order's live lines
 * (converting any still held: an order placed by another path than the
 * store's cart completion). Compensation clears what it set.
 */
export const markClaimsOrderedStep = createStep(
  markClaimsOrderedStepId,
  async (input: MarkClaimsOrderedInput, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const claimIds = input.claim_ids ?? (await claimIdsOfOrder(container, input.order_id))
    const ctx = liveContext(container)
    const stamped: string[] = []
    const converted: string[] = []
    for (const claimId of claimIds) {
      const claim = await getClaim(ctx.db, claimId)
      if (!claim || claim.order_id) {
        continue
      }
      if (claim.status === "held") {
        await ctx.claims.convert(claim.id, { orderId: input.order_id })
        converted.push(claim.id)
      } else if (claim.status === "converted") {
        await setClaimRefs(ctx.db, claim.id, { orderId: input.order_id })
      } else {
        logger.warn(`[live] order ${input.order_id} has a line of ${claim.status} claim ${claim.id}`)
        continue
      }
      stamped.push(claim.id)
    }
    return new StepResponse({ claim_ids: stamped }, { stamped, converted })
  },
  async (done, { container }) => {
    if (!done?.stamped.length) {
      return
    }
    const { db } = liveContext(container)
    await clearOrderStamps(db, done.stamped)
    await revertConversions(db, done.converted)
  }
)
