import { LiveError, badRequest } from "../lib/errors"
import { liveRestrictedMessage } from "../lib/live-restriction"
import { ID_PREFIX, newId } from "../lib/ids"
import { LOCK_CLASS, withLockedTransaction } from "../store/locks"
import {
  countOpenOffers, endOffers, getOffer, insertOffer, promisedUnits, startDueOffers, type NewOffer,
} from "../store/offers"
import { getStream } from "../store/streams"
import type { Actor, Db, OfferRow } from "../lib/types"
import { controlledStream, mayUseProduct } from "./authorize"
import type { LiveControlContext } from "./context"
import { offerView } from "./views"

type Who = Pick<Actor, "type" | "id">

export const MAX_OPEN_OFFERS = 5

export type LaunchInput = {
  streamId: string
  variantId: string
  price: number
  quantity: number
  perCustomerLimit: number
  startsInSec: number
  durationSec: number
  title?: string
}

/**
 * Schedules a flash offer that starts after its countdown. Gateways start
 * it on time (any one of them; the conditional update lets one win). Its
 * quantity must fit in the variant's inventory (`insertWithinInventory`).
 * A `live_restricted` product is refused (`bad_request`), nothing changes.
 */
export async function launchOffer(ctx: LiveControlContext, actor: Who, input: LaunchInput) {
  const stream = await controlledStream(ctx.db, actor, input.streamId)
  if (stream.status !== "live") {
    throw new LiveError("not_live", "streamId: start the stream before launching offers")
  }
  if (input.perCustomerLimit > input.quantity) {
    throw badRequest("perCustomerLimit", "must not exceed quantity")
  }
  const variant = await ctx.catalog.getVariant(input.variantId)
  if (!variant) {
    throw new LiveError("not_found", `variantId: variant ${input.variantId} not found`)
  }
  if (!mayUseProduct(actor, variant.producerId)) {
    throw new LiveError("forbidden", "variantId: the product belongs to another producer")
  }
  if (variant.liveRestricted) {
    throw new LiveError("bad_request", liveRestrictedMessage("variantId", variant.productId))
  }
  if ((await countOpenOffers(ctx.db, stream.id)) >= MAX_OPEN_OFFERS) {
    throw new LiveError("bad_request", `streamId: at most ${MAX_OPEN_OFFERS} open offers`)
  }
  const offer = await insertWithinInventory(ctx.db, variant.available, {
    id: newId(ID_PREFIX.offer),
    streamId: stream.id,
    variantId: variant.variantId,
    productId: variant.productId,
    title: input.title ?? variant.title,
    thumbnail: variant.thumbnail,
    price: input.price,
    originalPrice: variant.originalPrice,
    quantity: input.quantity,
    perCustomerLimit: input.perCustomerLimit,
    startsInSec: input.startsInSec,
    durationSec: input.durationSec,
  })
  await ctx.claims.prepareOffer(offer.id)
  const view = offerView(offer, offer.quantity)
  await ctx.log.publish(stream.id, "offer:scheduled", { offer: view })
  return { offer: view }
}

/**
 * Inserts the offer if its quantity fits in the variant's available
 * inventory (null: not tracked, no cap) less what the variant's other open
 * offers still promise; checked and inserted under a per-variant lock, so
 * two launches cannot both count the same units.
 */
async function insertWithinInventory(db: Db, available: number | null, o: NewOffer): Promise<OfferRow> {
  return withLockedTransaction(db, { cls: LOCK_CLASS.variantOffers, key: o.variantId }, async (c) => {
    if (available != null) {
      const promised = await promisedUnits(c, o.variantId)
      const free = Math.max(0, available - promised)
      if (o.quantity > free) {
        const why = promised ? ` (${promised} promised by open offers)` : ""
        throw new LiveError("bad_request", `quantity: only ${free} in inventory${why}`, { field: "quantity", available: free })
      }
    }
    return insertOffer(c, o)
  })
}

export async function stopOffer(ctx: LiveControlContext, actor: Who, offerId: string) {
  const offer = await getOffer(ctx.db, offerId)
  if (!offer) {
    throw new LiveError("not_found", `offerId: offer ${offerId} not found`)
  }
  await controlledStream(ctx.db, actor, offer.stream_id)
  const [ended] = await endOffers(ctx.db, { ids: [offerId], reason: "stopped" }, ctx.claims.kind === "redis")
  if (!ended) {
    throw new LiveError("not_live", "offerId: offer already ended")
  }
  await ctx.claims.closeOffer(offerId)
  await ctx.log.publish(offer.stream_id, "offer:ended", { offerId, reason: "stopped" })
  return { offer: offerView(ended, ended.quantity - ended.claimed) }
}

/** Starts due offers (all, or one); returns those this caller started. */
export async function startDue(ctx: LiveControlContext, offerId?: string): Promise<OfferRow[]> {
  const started = await startDueOffers(ctx.db, offerId)
  for (const o of started) {
    const stream = await getStream(ctx.db, o.stream_id)
    if (stream?.status !== "live") {
      continue
    }
    const left = (await ctx.claims.left([o])).get(o.id) ?? o.quantity - o.claimed
    await ctx.log.publish(o.stream_id, "offer:started", { offer: offerView(o, left) })
  }
  return started
}

/** Ends offers whose time is up; returns those this caller ended. */
export async function endDue(ctx: LiveControlContext): Promise<OfferRow[]> {
  const ended = await endOffers(ctx.db, { due: true }, ctx.claims.kind === "redis")
  for (const o of ended) {
    await ctx.claims.closeOffer(o.id)
    await ctx.log.publish(o.stream_id, "offer:ended", { offerId: o.id, reason: o.end_reason })
  }
  return ended
}
