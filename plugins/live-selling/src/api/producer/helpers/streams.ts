import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listOpenOffers, listStreamOffers } from "../../../modules/livestream/store/offers"
import { countReminders } from "../../../modules/livestream/store/reminders"
import type { OfferRow } from "../../../modules/livestream/lib/types"
import { liveContext } from "../../../live/live-context"
import { sellerIdentities } from "../../../workflows/sellers/sellers"
import { activeVerifications } from "../../../workflows/sellers/verifications"
import { offerRest, sellerRest, streamRest } from "./views"

export const STREAM_FIELDS = [
  "id", "producer_id", "title_vi", "title_en", "description", "status", "scheduled_at",
  "started_at", "ended_at", "video_kind", "video_url", "pinned_product_ids",
  "slow_mode_seconds",
]

const ORDER: Record<string, Record<string, "ASC" | "DESC">> = {
  live: { started_at: "DESC" },
  scheduled: { scheduled_at: "ASC" },
  ended: { ended_at: "DESC" },
  any: { created_at: "DESC" },
}

export type StreamListQuery = {
  producerId?: string
  status?: "scheduled" | "live" | "ended"
  limit: number
  offset: number
  /** the visitor's locale (`?locale=`, `x-medusa-locale`): Query serves the translated title and description */
  locale?: string
}

/** Streams in REST shape, newest first (live: latest started; scheduled: soonest). */
export async function listStreams(container: MedusaContainer, q: StreamListQuery) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (q.producerId) filters.producer_id = q.producerId
  if (q.status) filters.status = q.status
  const { data, metadata } = await query.graph({
    entity: "live_stream",
    fields: STREAM_FIELDS,
    filters,
    pagination: { skip: q.offset, take: q.limit, order: ORDER[q.status ?? "any"] },
  }, { locale: q.locale })
  const live = data.filter((s: any) => s.status === "live").map((s: any) => s.id)
  const sellerIds = data.map((s: any) => s.producer_id)
  const [viewers, sellers] = await Promise.all([
    live.length ? liveContext(container).viewerCounts(live) : Promise.resolve({} as Record<string, number>),
    sellerFacts(container, sellerIds),
  ])
  return {
    streams: data.map((s: any) =>
      streamRest(s, { ...sellers(s.producer_id), viewerCount: viewers[s.id] ?? 0 })
    ),
    count: metadata?.count ?? data.length,
    limit: q.limit,
    offset: q.offset,
  }
}

/**
 * One stream in REST shape with its offers (`all`: ended ones too); with a
 * `locale`, its title and description in that language when translated.
 */
export async function streamDetail(
  container: MedusaContainer,
  id: string,
  o: { allOffers: boolean; locale?: string }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "live_stream", fields: STREAM_FIELDS, filters: { id } },
    { locale: o.locale }
  )
  const s: any = data[0]
  if (!s) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: stream ${id} not found`)
  }
  const ctx = liveContext(container)
  const [viewers, offers, sellers] = await Promise.all([
    s.status === "live" ? ctx.viewerCounts([id]) : Promise.resolve({} as Record<string, number>),
    o.allOffers ? listStreamOffers(ctx.db, id) : listOpenOffers(ctx.db, id),
    sellerFacts(container, [s.producer_id]),
  ])
  return {
    ...streamRest(s, { ...sellers(s.producer_id), viewerCount: viewers[id] ?? 0 }),
    slow_mode_seconds: s.slow_mode_seconds,
    offers: await offersRest(container, offers),
  }
}

/** Offers with the units still claimable (from the claim engine). */
export async function offersRest(container: MedusaContainer, offers: OfferRow[]) {
  const left = await liveContext(container).claims.left(offers.filter((x) => x.status !== "ended"))
  return offers.map((x) => offerRest(x, left.get(x.id) ?? x.quantity - x.claimed))
}

/**
 * For each seller: `producer` (id and name) and `seller` (who sells: legal
 * name, registration number, address, identity verification) from the
 * store's seller directory (plugin option `sellers`) and the module's
 * verifications.
 */
export async function sellerFacts(container: MedusaContainer, sellerIds: string[]) {
  const [identities, verifications] = await Promise.all([
    sellerIdentities(container, sellerIds),
    activeVerifications(container, sellerIds),
  ])
  return (sellerId: string) => {
    const identity = identities.get(sellerId)
    return {
      producer: identity ? { id: sellerId, name: identity.name } : null,
      seller: sellerRest(sellerId, identity ?? null, verifications.get(sellerId) ?? null),
    }
  }
}

/** For the stream's producer: how many viewers asked to be reminded (`reminder_count`). */
export async function withReminderCounts<S extends { id: string }>(container: MedusaContainer, streams: S[]) {
  const counts = await countReminders(liveContext(container).db, streams.map((s) => s.id))
  return streams.map((s) => ({ ...s, reminder_count: counts[s.id] ?? 0 }))
}
