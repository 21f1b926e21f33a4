import type { Socket } from "socket.io"
import { claimView } from "../../modules/livestream/control/views"
import { LiveError } from "../../modules/livestream/lib/errors"
import { actorOf, callerOf, ensureGuestKey, type GatewayContext } from "./context"
import { AFTER_ACK, handle } from "./handle"
import type { LocalRateLimiter } from "./rate-limit"

/**
 * offer:claim → `{ claim, left, duplicate }` (a retry with the same key: same
 * claim), answered as soon as the claim is held. With `cartId`, the held
 * claim then becomes a line of that cart through the Medusa backend, after
 * the ack (`ctx.cartLines`): the ack says `cartPending: true` and the buyer
 * hears `claim:carted` or `claim:cart_failed` (the claim released). A retry
 * of a claim already in the cart answers `cart: { id, lineItemId }` at once.
 */
export function registerClaimHandlers(ctx: GatewayContext, socket: Socket, limiter: LocalRateLimiter) {
  handle(socket, "offer:claim", limiter, ctx.reportError, async (input) => {
    const actor = actorOf(socket)
    if (actor.type !== "customer" && !(actor.type === "guest" && ctx.guestClaims)) {
      throw new LiveError("unauthorized", "log in as a customer to claim")
    }
    await ensureGuestKey(ctx, socket)
    if (input.cartId && ctx.verifyCart) {
      await ctx.verifyCart(input.cartId, actor, callerOf(socket))
    }
    const r = await ctx.claims.claim({
      offerId: input.offerId,
      customerKey: actor.userId,
      customerId: actor.type === "customer" ? actor.id : null,
      quantity: input.quantity,
      idempotencyKey: input.idempotencyKey,
      cartId: input.cartId ?? null,
    })
    const ack: Record<string | symbol, unknown> = { claim: claimView(r.claim), left: r.left, duplicate: r.duplicate }
    const cartId = input.cartId
    if (!cartId || !ctx.cartLines || r.claim.status !== "held") {
      return ack
    }
    if (r.claim.line_item_id && r.claim.cart_id === cartId) {
      ack.cart = { id: cartId, lineItemId: r.claim.line_item_id }
      return ack
    }
    const job = { claimId: r.claim.id, cartId, userId: actor.userId, caller: callerOf(socket) }
    ack.cartPending = true
    ack[AFTER_ACK] = () => ctx.cartLines!.enqueue(job)
    return ack
  })
}
