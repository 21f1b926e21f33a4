import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { liveCartProblems, liveLinesOf } from "../../../modules/livestream/lib/claim-lines"
import { claimStates, revertConversions } from "../../../modules/livestream/store/claim-lines"
import { liveContext } from "../../../live/live-context"

/**
 * Completing a cart with live-offer lines: every line's claim must still be
 * held for this cart (not expired or released) with the line's quantity and
 * price. The claims are then converted at once, under the cart's completion
 * lock, so an expiry sweep can no longer give their units back while the
 * order is created; if the completion fails later, they are held again.
 * `order.placed` (subscriber `live-order-placed`) adds the order id.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const lines = liveLinesOf(cart.items as any)
    if (!lines.length) {
      return new StepResponse(undefined, [] as string[])
    }
    const ctx = liveContext(container)
    const claims = await claimStates(ctx.db, lines.map((l) => l.claimId))
    const problems = liveCartProblems(lines, claims, cart.id, new Date())
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `items: ${problems.join("; ")}`)
    }
    const held = new Set(claims.filter((c) => c.status === "held").map((c) => c.id))
    const converted: string[] = []
    try {
      for (const line of lines.filter((l) => held.has(l.claimId))) {
        await ctx.claims.convert(line.claimId, { lineItemId: line.id })
        converted.push(line.claimId)
      }
    } catch (e) {
      await revertConversions(ctx.db, converted)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `items: a live offer hold ended while the order was being placed; remove it from the cart (${(e as Error).message})`
      )
    }
    return new StepResponse(undefined, converted)
  },
  async (converted, { container }) => {
    if (!converted?.length) {
      return
    }
    await revertConversions(liveContext(container).db, converted)
  }
)
