import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listOpenOffers, OFFER_COLUMNS } from "../../../live/store/offers"
import type { OfferRow } from "../../../live/types"
import { liveContext } from "../../../workflows/live/lib/live-context"
import { offerRest, streamRest } from "./views"

export const STREAM_FIELDS = [
  "id", "producer_id", "title_vi", "title_en", "description", "status", "scheduled_at",
  "started_at", "ended_at", "video_kind", "video_url", "pinned_product_ids",
  "slow_mode_seconds", "producer.id", "producer.name",
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
  })
  const live = data.filter((s: any) => s.status === "live").map((s: any) => s.id)
  const viewers: Record<string, number> = live.length ? await liveContext(container).viewerCounts(live) : {}
  return {
    streams: data.map((s: any) =>
      streamRest(s, { producer: producerRef(s), viewerCount: viewers[s.id] ?? 0 })
    ),
    count: metadata?.count ?? data.length,
    limit: q.limit,
    offset: q.offset,
  }
}

/** One stream in REST shape with its offers (`all`: ended ones too). */
export async function streamDetail(container: MedusaContainer, id: string, o: { allOffers: boolean }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "live_stream", fields: STREAM_FIELDS, filters: { id } })
  const s: any = data[0]
  if (!s) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: stream ${id} not found`)
  }
  const ctx = liveContext(container)
  const [viewers, offers] = await Promise.all([
    s.status === "live" ? ctx.viewerCounts([id]) : Promise.resolve({} as Record<string, number>),
    o.allOffers ? allOffers(container, id) : listOpenOffers(ctx.db, id),
  ])
  return {
    ...streamRest(s, { producer: producerRef(s), viewerCount: viewers[id] ?? 0 }),
    slow_mode_seconds: s.slow_mode_seconds,
    offers: await offersRest(container, offers),
  }
}

/** Offers with the units still claimable (from the claim engine). */
export async function offersRest(container: MedusaContainer, offers: OfferRow[]) {
  const left = await liveContext(container).claims.left(offers.filter((x) => x.status !== "ended"))
  return offers.map((x) => offerRest(x, left.get(x.id) ?? x.quantity - x.claimed))
}

async function allOffers(container: MedusaContainer, streamId: string): Promise<OfferRow[]> {
  const { rows } = await liveContext(container).db.query(
    `SELECT ${OFFER_COLUMNS} FROM live_offer WHERE stream_id = $1 AND deleted_at IS NULL
     ORDER BY starts_at`,
    [streamId]
  )
  return rows
}

const producerRef = (s: any) => (s.producer ? { id: s.producer.id, name: s.producer.name } : null)
