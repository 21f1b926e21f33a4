import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { byCart, clearClaimLines, endedClaimLines, heldClaimLines } from "../../modules/livestream/store/claim-lines"
import { liveContext } from "../../live/live-context"
import { removeEndedClaimLinesWorkflow } from "./remove-ended-claim-lines"

/**
 * One pass of hold bookkeeping on the Medusa side (the `expire-live-claims`
 * job): holds past their time expire (units back on the offer, `offer:stock`
 * broadcast); lines of ended holds leave open carts; a held claim whose line
 * the buyer removed is released.
 */
export async function settleLiveClaims(container: MedusaContainer) {
  const ctx = liveContext(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const expired = await ctx.claims.expireDue()

  let released = 0
  const held = await heldClaimLines(ctx.db)
  if (held.length) {
    const cartModule = container.resolve(Modules.CART)
    const present = await cartModule.listLineItems({ id: held.map((h) => h.line_item_id) }, { select: ["id"] })
    const ids = new Set(present.map((l) => l.id))
    for (const h of held.filter((h) => !ids.has(h.line_item_id))) {
      released += (await ctx.claims.release(h.claim_id)) ? 1 : 0
    }
  }

  let removed = 0
  const ended = await endedClaimLines(ctx.db)
  if (ended.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at", "items.id"],
      filters: { id: [...new Set(ended.map((e) => e.cart_id))] },
    })
    const open = new Map(carts.filter((c: any) => !c.completed_at).map((c: any) => [c.id, c]))
    const gone: string[] = []
    for (const [cartId, rows] of byCart(ended)) {
      const cart: any = open.get(cartId)
      const lineIds = new Set((cart?.items ?? []).map((i: any) => i.id))
      const inCart = rows.filter((r) => lineIds.has(r.line_item_id))
      gone.push(...rows.filter((r) => !lineIds.has(r.line_item_id)).map((r) => r.claim_id))
      if (!inCart.length) {
        continue
      }
      try {
        await removeEndedClaimLinesWorkflow(container).run({
          input: {
            cart_id: cartId,
            line_ids: inCart.map((r) => r.line_item_id),
            claim_ids: inCart.map((r) => r.claim_id),
          },
        })
        removed += inCart.length
      } catch (e) {
        // A cart busy (being completed or edited) is tried again next minute.
        logger.warn(`[live] could not remove ended live lines from cart ${cartId}: ${(e as Error).message}`)
      }
    }
    await clearClaimLines(ctx.db, gone)
  }
  await ctx.claims.flush()
  return { expired, released, removed }
}
