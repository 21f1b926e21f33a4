import type { Socket } from "socket.io"
import {
  banChatUser,
  changeSlowMode,
  deleteChatMessage,
  endStream,
  launchOffer,
  muteChatUser,
  pinProducts,
  startStream,
  stopOffer,
} from "../../modules/livestream/control"
import { LiveError } from "../../modules/livestream/lib/errors"
import { actorOf, callerOf, userRoom, type GatewayContext } from "./context"
import { handle } from "./handle"
import type { LocalRateLimiter } from "./rate-limit"
import { roomName } from "./rooms"
import type { Scheduler } from "./scheduler"

/**
 * Producer / admin controls. Authorisation happens in the control functions
 * (stream's producer or an admin user), on the server, for every call.
 */
export function registerProducerHandlers(
  ctx: GatewayContext,
  socket: Socket,
  limiter: LocalRateLimiter,
  scheduler: Scheduler
) {
  const on: typeof handle = (s, event, l, r, fn) =>
    handle(s, event, l, r, async (input: any) => {
      const actor = actorOf(socket)
      if (actor.type !== "producer" && actor.type !== "user") {
        throw new LiveError("forbidden", "only producers and admins may do this")
      }
      return fn(input)
    })
  const who = () => actorOf(socket)
  // Products and variants are asked with this producer's or admin's own token.
  const asCaller = () => ({ ...ctx, catalog: ctx.catalogFor(who(), callerOf(socket)) })
  const r = ctx.reportError

  on(socket, "stream:start", limiter, r, ({ streamId }) => startStream(ctx, who(), streamId))
  on(socket, "stream:end", limiter, r, ({ streamId }) => endStream(ctx, who(), streamId))
  on(socket, "product:pin", limiter, r, ({ streamId, productIds }) =>
    pinProducts(asCaller(), who(), streamId, productIds))
  on(socket, "offer:launch", limiter, r, async (input) => {
    const res = await launchOffer(asCaller(), who(), input)
    scheduler.watch(res.offer)
    return res
  })
  on(socket, "offer:stop", limiter, r, ({ offerId }) => stopOffer(ctx, who(), offerId))
  on(socket, "chat:delete", limiter, r, ({ messageId }) => deleteChatMessage(ctx, who(), messageId))
  on(socket, "chat:slowmode", limiter, r, ({ streamId, seconds }) =>
    changeSlowMode(ctx, who(), streamId, seconds))
  on(socket, "chat:mute", limiter, r, async (input) => {
    const res = await muteChatUser(ctx, who(), input)
    ctx.nsp.to(userRoom(input.userId)).emit("chat:muted", { streamId: input.streamId, until: res.until })
    return res
  })
  on(socket, "chat:ban", limiter, r, async (input) => {
    const res = await banChatUser(ctx, who(), input)
    ctx.bans.forget(input.streamId, input.userId)
    // Every gateway (through the adapter): tell the user, then drop them from the room.
    ctx.nsp.to(userRoom(input.userId)).emit("chat:banned", { streamId: input.streamId })
    ctx.nsp.in(userRoom(input.userId)).socketsLeave(roomName(input.streamId))
    return res
  })
}
