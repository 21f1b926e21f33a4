import type { Socket } from "socket.io"
import { claimView } from "../control/views"
import { LiveError } from "../errors"
import { actorOf, type GatewayContext } from "./context"
import { handle } from "./handle"
import type { LocalRateLimiter } from "./rate-limit"

/** offer:claim → `{ claim, left }` (a retry with the same key: same claim). */
export function registerClaimHandlers(ctx: GatewayContext, socket: Socket, limiter: LocalRateLimiter) {
  handle(socket, "offer:claim", limiter, ctx.reportError, async (input) => {
    const actor = actorOf(socket)
    if (actor.type !== "customer" && !(actor.type === "guest" && ctx.guestClaims)) {
      throw new LiveError("unauthorized", "log in as a customer to claim")
    }
    if (input.cartId && ctx.verifyCart) {
      await ctx.verifyCart(input.cartId, actor)
    }
    const r = await ctx.claims.claim({
      offerId: input.offerId,
      customerKey: actor.userId,
      customerId: actor.type === "customer" ? actor.id : null,
      quantity: input.quantity,
      idempotencyKey: input.idempotencyKey,
      cartId: input.cartId ?? null,
    })
    return { claim: claimView(r.claim), left: r.left, duplicate: r.duplicate }
  })
}
