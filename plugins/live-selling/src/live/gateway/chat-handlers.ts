import type { Socket } from "socket.io"
import { canControl } from "../../modules/livestream/control/authorize"
import { LiveError, badRequest } from "../../modules/livestream/lib/errors"
import { ID_PREFIX, newId } from "../../modules/livestream/lib/ids"
import { insertMessage } from "../../modules/livestream/store/chat"
import { activeSanction } from "../../modules/livestream/store/moderation"
import { actorOf, ensureGuestKey, type GatewayContext } from "./context"
import { handle } from "./handle"
import type { LocalRateLimiter } from "./rate-limit"
import { roomName } from "./rooms"
import { cleanChatText, escapeHtml } from "./sanitize"
import type { SlowMode } from "./slow-mode"
import type { WordFilters } from "./word-filters"

/** At most 3 messages a second per user (token bucket, shared via Redis). */
export const CHAT_LIMIT = { capacity: 3, perSecond: 3 }

export function registerChatHandlers(
  ctx: GatewayContext,
  socket: Socket,
  limiter: LocalRateLimiter,
  deps: { slowMode: SlowMode; words: WordFilters }
) {
  handle(socket, "chat:send", limiter, ctx.reportError, async ({ streamId, text }) => {
    const actor = actorOf(socket)
    if (!socket.rooms.has(roomName(streamId))) {
      throw badRequest("streamId", "join the stream first")
    }
    await ensureGuestKey(ctx, socket)
    const rate = await ctx.chatLimiter.take(ctx.keys.chatBucket(actor.userId), CHAT_LIMIT)
    if (!rate.allowed) {
      throw new LiveError("rate_limited", "at most 3 messages a second", { retryInMs: rate.retryInMs })
    }
    const clean = cleanChatText(text)
    if (!clean.ok) {
      throw badRequest("text", clean.problem)
    }
    const stream = await ctx.streams.get(streamId)
    if (!stream) {
      throw new LiveError("not_found", `streamId: stream ${streamId} not found`)
    }
    if (stream.status === "ended") {
      throw new LiveError("not_live", "streamId: stream has ended")
    }
    const host = canControl(actor, stream)
    if (!host) {
      const sanction = await activeSanction(ctx.db, streamId, actor.userId)
      if (sanction?.kind === "ban") {
        throw new LiveError("banned", "you are banned from this stream's chat")
      }
      if (sanction?.kind === "mute") {
        throw new LiveError("muted", "you are muted", { until: new Date(sanction.until!).getTime() })
      }
      const wait = await deps.slowMode.take(streamId, actor.userId, stream.slow_mode_seconds)
      if (wait > 0) {
        throw new LiveError("rate_limited", `slow mode: wait ${Math.ceil(wait / 1000)} s`, { retryInMs: wait })
      }
    }
    const filtered = (await deps.words.get(streamId))(clean.text)
    if (filtered.blocked) {
      throw badRequest("text", "contains a blocked word")
    }
    const message = {
      id: newId(ID_PREFIX.message),
      streamId,
      userId: actor.userId,
      name: actor.name,
      role: host ? (actor.type === "user" ? "moderator" : "host") : "viewer",
      text: escapeHtml(filtered.text),
    }
    await insertMessage(ctx.db, message)
    const { streamId: _s, ...payload } = message
    await ctx.log.publish(streamId, "chat:message", payload)
    return { message: { id: message.id, text: message.text } }
  })
}
