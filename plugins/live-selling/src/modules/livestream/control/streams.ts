import { LiveError } from "../lib/errors"
import { liveRestrictedMessage } from "../lib/live-restriction"
import { goLiveRefusal } from "../lib/seller-verification"
import { endOffers, listOpenOfferIds } from "../store/offers"
import { setPinnedProducts, setSlowMode, transitionStream } from "../store/streams"
import { activeVerification } from "../store/verifications"
import type { Actor } from "../lib/types"
import { controlledStream, mayUseProduct } from "./authorize"
import type { LiveControlContext } from "./context"
import { streamView } from "./views"

type Who = Pick<Actor, "type" | "id">

/**
 * Scheduled → live, only while the stream's seller has a verified identity
 * (`goLiveRefusal`; `forbidden` otherwise, nothing changes). REST runs this
 * through the `start-live-stream` workflow, the gateway directly.
 */
export async function startStream(ctx: LiveControlContext, actor: Who, streamId: string) {
  const current = await controlledStream(ctx.db, actor, streamId)
  if (current.status === "live") {
    return { stream: streamView(current) }
  }
  const refusal = goLiveRefusal(current.producer_id, await activeVerification(ctx.db, current.producer_id))
  if (refusal) {
    throw new LiveError("forbidden", refusal)
  }
  const stream = await transitionStream(ctx.db, streamId, ["scheduled"], "live")
  if (!stream) {
    throw new LiveError("not_live", "streamId: an ended stream cannot start again")
  }
  await ctx.log.publish(streamId, "stream:status", { status: "live" })
  return { stream: streamView(stream) }
}

/** Ends the stream and stops its open offers. */
export async function endStream(ctx: LiveControlContext, actor: Who, streamId: string) {
  const current = await controlledStream(ctx.db, actor, streamId)
  if (current.status === "ended") {
    return { stream: streamView(current) }
  }
  const stream = await transitionStream(ctx.db, streamId, ["scheduled", "live"], "ended")
  if (!stream) {
    throw new LiveError("not_live", "streamId: stream already ended")
  }
  const openIds = await listOpenOfferIds(ctx.db, streamId)
  const ended = openIds.length
    ? await endOffers(ctx.db, { ids: openIds, reason: "stopped" }, ctx.claims.kind === "redis")
    : []
  for (const o of ended) {
    await ctx.claims.closeOffer(o.id)
    await ctx.log.publish(streamId, "offer:ended", { offerId: o.id, reason: "stopped" })
  }
  await ctx.log.publish(streamId, "stream:status", { status: "ended" })
  return { stream: streamView(stream) }
}

export async function pinProducts(
  ctx: LiveControlContext,
  actor: Who,
  streamId: string,
  productIds: string[]
) {
  await controlledStream(ctx.db, actor, streamId)
  await assertPinnable(ctx, actor, productIds)
  const stream = await setPinnedProducts(ctx.db, streamId, productIds)
  if (!stream) {
    throw new LiveError("not_live", "streamId: stream has ended")
  }
  await ctx.log.publish(streamId, "product:pinned", { productIds })
  return { productIds }
}

/**
 * Pinned products must exist and, for a producer, be its own (when the
 * catalog knows), and none may be `live_restricted` (`bad_request`).
 */
async function assertPinnable(ctx: LiveControlContext, actor: Who, productIds: string[]) {
  if (!productIds.length) {
    return
  }
  await assertOwned(ctx, actor, productIds)
  const restricted = ctx.catalog.liveRestricted ? await ctx.catalog.liveRestricted(productIds) : new Set<string>()
  const refused = productIds.find((id) => restricted.has(id))
  if (refused) {
    throw new LiveError("bad_request", liveRestrictedMessage("productIds", refused))
  }
}

async function assertOwned(ctx: LiveControlContext, actor: Who, productIds: string[]) {
  if (!ctx.catalog.productOwners) {
    return
  }
  const owners = await ctx.catalog.productOwners(productIds)
  const missing = productIds.find((id) => !owners.has(id))
  if (missing) {
    throw new LiveError("not_found", `productIds: product ${missing} not found`)
  }
  const foreign = productIds.find((id) => !mayUseProduct(actor, owners.get(id)))
  if (foreign) {
    throw new LiveError("forbidden", `productIds: product ${foreign} belongs to another producer`)
  }
}

export async function changeSlowMode(
  ctx: LiveControlContext,
  actor: Who,
  streamId: string,
  seconds: number
) {
  await controlledStream(ctx.db, actor, streamId)
  await setSlowMode(ctx.db, streamId, seconds)
  await ctx.log.publish(streamId, "chat:slowmode", { seconds })
  return { seconds }
}
