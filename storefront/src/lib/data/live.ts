import "server-only"
import { unstable_cache } from "next/cache"
import type { Locale } from "@/i18n"
import { runtimeConfig } from "../config"
import { streamTag } from "../cache-tags"
import { isStatus, orUncached, storeGet, Uncached } from "../medusa"
import { BACKEND_LOCALE } from "../product-text"
import type { LiveStream } from "../types"

/**
 * Stream reads are shared by every visitor (Next's data cache, tags `streams`
 * and `stream:<id>`, dropped by the backend when a stream is created, changed
 * or started through Medusa). A stream the live gateway starts or ends writes
 * no Medusa event, so these reads also expire after this many seconds; the
 * widget takes the live state from the gateway itself.
 */
export const STREAM_REVALIDATE_SECONDS = 5

type Listed = { streams: LiveStream[] } | { missing: true }

const loadList = unstable_cache(
  async (_key: string, status: string, locale?: string): Promise<Listed> => {
    try {
      const { streams } = await storeGet<{ streams: LiveStream[] }>("/store/live/streams", { status, locale })
      return { streams: streams ?? [] }
    } catch (e) {
      if (isStatus(e, 404)) return { missing: true }
      throw e
    }
  },
  ["ocop-live-streams"],
  { tags: ["streams"], revalidate: STREAM_REVALIDATE_SECONDS }
)

/**
 * Streams by status, titled in the visitor's language where the backend has a
 * translation, or null when the live routes are not there (the live UI hides).
 */
export async function listStreams(status: "live" | "scheduled" | "ended", locale: Locale = "vi"): Promise<LiveStream[] | null> {
  try {
    const listed = await loadList(runtimeConfig().publishableKey, status, BACKEND_LOCALE[locale])
    return "missing" in listed ? null : listed.streams
  } catch (e) {
    console.error(`[storefront] live streams: ${(e as Error).message}`)
    return null
  }
}

export type StreamDetail = LiveStream & {
  description?: string | null
  offers?: unknown[]
}

async function loadStream(_key: string, id: string, locale?: string): Promise<{ stream: StreamDetail } | { notFound: true }> {
  try {
    const { stream } = await storeGet<{ stream: StreamDetail }>(`/store/live/streams/${encodeURIComponent(id)}`, { locale })
    return { stream }
  } catch (e) {
    // not kept: any id can be typed into a URL
    if (isStatus(e, 404)) throw new Uncached({ notFound: true as const })
    throw e
  }
}

/** One stream, its title and description in the visitor's language where translated. */
export async function getStream(id: string, locale: Locale = "vi"): Promise<StreamDetail | null | undefined> {
  let tags: string[] = ["streams"]
  try {
    tags = ["streams", streamTag(id)]
  } catch {}
  const cached = unstable_cache(loadStream, ["ocop-live-stream"], { tags, revalidate: STREAM_REVALIDATE_SECONDS })
  const found = await orUncached<{ stream: StreamDetail } | { notFound: true }>(cached(runtimeConfig().publishableKey, id, BACKEND_LOCALE[locale]))
  if ("stream" in found) return found.stream
  // undefined: the stream does not exist; null: the live routes are missing
  return (await listStreams("live")) === null ? null : undefined
}

/** `GET /store/live/streams/:id/replay`: the recordings and the timeline (offsets in ms from the start). */
export type Replay = {
  stream_id: string
  stream_status: "scheduled" | "live" | "ended"
  duration_ms: number
  recordings: { id: string; url: string; offset_ms: number; duration_ms: number; started_at: string }[]
  timeline: {
    pins: { from_ms: number; to_ms: number; product_ids: string[] }[]
    offers: {
      offer_id: string
      product_id: string
      variant_id: string
      title: string
      price: number
      original_price: number | null
      from_ms: number
      to_ms: number
      end_reason: string | null
    }[]
    chat: { at_ms: number; id: string; name: string; text: string; role: string }[]
  }
}

/** A stream's replay (not cached: it changes as recordings finish or are deleted), undefined for no such stream. */
export async function getReplay(id: string): Promise<Replay | undefined> {
  try {
    const { replay } = await storeGet<{ replay: Replay }>(`/store/live/streams/${encodeURIComponent(id)}/replay`)
    return replay
  } catch (e) {
    if (isStatus(e, 404)) return undefined
    throw e
  }
}

/** The products a replay shows, at their regular price (the Vietnam region): id → product. */
export async function replayProducts(ids: string[], regionId: string | undefined) {
  if (!ids.length) return {}
  const { products } = await storeGet<{ products: ReplayProduct[] }>("/store/products", {
    id: ids,
    region_id: regionId,
    fields: "id,title,handle,thumbnail,*variants,*variants.calculated_price",
    limit: ids.length,
  })
  return Object.fromEntries(products.map((p) => [p.id, p]))
}

export type ReplayProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants: { id: string; title: string | null; variant_rank?: number | null; calculated_price?: { calculated_amount: number | null } | null }[]
}
