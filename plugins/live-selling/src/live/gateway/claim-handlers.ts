import type { Socket } from "socket.io"
import { claimView } from "../../modules/livestream/control/views"
import { LiveError } from "../../modules/livestream/lib/errors"
import { actorOf, callerOf, ensureGuestKey, type GatewayContext } from "./context"
import { handle } from "./handle"
import { cartErrorOf } from "./medusa-cart"
import type { LocalRateLimiter } from "./rate-limit"

/**
 * offer:claim → `{ claim, left, duplicate }` (a retry with the same key: same
 * claim). With `cartId`, the held claim is then put in that cart through the
 * Medusa backend: `cart: { id, lineItemId }`, or `cartError: { code, message }`
 * when that failed (the claim stays held; the client may retry through
 * `POST /store/live/claims/:id/cart`).
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
    const ack: Record<string, unknown> = { claim: claimView(r.claim), left: r.left, duplicate: r.duplicate }
    if (input.cartId && ctx.attachCart) {
      try {
        ack.cart = await ctx.attachCart(r.claim.id, input.cartId, callerOf(socket))
      } catch (e) {
        ack.cartError = cartErrorOf(e)
      }
    }
    return ack
  })
}
