import { LiveError } from "../lib/errors"
import { deleteMessage, getMessageStream } from "../store/chat"
import { banUser, muteUser } from "../store/moderation"
import type { Actor } from "../lib/types"
import { controlledStream } from "./authorize"
import type { LiveControlContext } from "./context"

type Who = Pick<Actor, "type" | "id">

export async function deleteChatMessage(ctx: LiveControlContext, actor: Who, messageId: string) {
  const streamId = await getMessageStream(ctx.db, messageId)
  if (!streamId) {
    throw new LiveError("not_found", `messageId: message ${messageId} not found`)
  }
  await controlledStream(ctx.db, actor, streamId)
  if (await deleteMessage(ctx.db, messageId, actor.id)) {
    await ctx.log.publish(streamId, "chat:deleted", { messageId })
  }
  return { messageId }
}

export async function muteChatUser(
  ctx: LiveControlContext,
  actor: Who,
  input: { streamId: string; userId: string; minutes: number }
) {
  const stream = await controlledStream(ctx.db, actor, input.streamId)
  if (input.userId === stream.producer_id) {
    throw new LiveError("bad_request", "userId: the host cannot be muted")
  }
  const until = await muteUser(ctx.db, { ...input, by: actor.id })
  return { userId: input.userId, until: until.getTime() }
}

export async function banChatUser(
  ctx: LiveControlContext,
  actor: Who,
  input: { streamId: string; userId: string }
) {
  const stream = await controlledStream(ctx.db, actor, input.streamId)
  if (input.userId === stream.producer_id) {
    throw new LiveError("bad_request", "userId: the host cannot be banned")
  }
  await banUser(ctx.db, { ...input, by: actor.id })
  return { userId: input.userId }
}
