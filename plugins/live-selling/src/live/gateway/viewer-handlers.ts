import type { Socket } from "socket.io"
import { LiveError } from "../../modules/livestream/lib/errors"
import { actorOf, expiryOf, type GatewayContext } from "./context"
import { AFTER_ACK, handle } from "./handle"
import type { LocalRateLimiter } from "./rate-limit"
import { roomName } from "./rooms"

const REACT_LIMIT = { capacity: 10, perSecond: 10 }
/** session / join / leave / react. */
export function registerViewerHandlers(ctx: GatewayContext, socket: Socket, limiter: LocalRateLimiter) {
  // Who the gateway takes this socket for; a guest keeps `guestToken` to come back as the same guest.
  handle(socket, "session", limiter, ctx.reportError, async () => {
    const { type, id, userId, name } = actorOf(socket)
    return type === "guest"
      ? { type, guestId: id, userId, name, guestToken: socket.data.guestToken }
      : { type, userId, name, expiresAt: expiryOf(socket) }
  })

  handle(socket, "join", limiter, ctx.reportError, async ({ streamId, lastSeq }) => {
    const actor = actorOf(socket)
    if (socket.data.onlyStream && socket.data.onlyStream !== streamId) {
      throw new LiveError("forbidden", "streamId: this socket's ticket is for another stream")
    }
    if (await ctx.bans.isBanned(streamId, actor.userId)) {
      throw new LiveError("banned", "you are banned from this stream")
    }
    const joined = await ctx.rooms.join(socket, streamId, lastSeq)
    if (!joined) {
      return null
    }
    // The ack, then the replayed events, in the same tick as the room join.
    return { ...joined.ack, [AFTER_ACK]: joined.send }
  })

  handle(socket, "leave", limiter, ctx.reportError, async ({ streamId }) => {
    ctx.rooms.leave(socket, streamId)
    return { ok: true }
  })

  handle(socket, "react", limiter, ctx.reportError, async ({ streamId, kind }) => {
    if (!socket.rooms.has(roomName(streamId))) {
      throw new LiveError("bad_request", "streamId: join the stream first")
    }
    if (!limiter.takeNow(`react:${socket.id}`, REACT_LIMIT).allowed) {
      throw new LiveError("rate_limited", "too many reactions")
    }
    ctx.aggregates.react(streamId, kind)
    return { ok: true }
  })
}
