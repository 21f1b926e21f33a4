/**
 * The tags the storefront's cached store reads carry, and the only tags
 * `POST /api/revalidate` accepts (the backend's subscribers send them when a
 * price, stock, OCOP certificate or stream changes). Pure: no Next import.
 *
 * - `products`: every product read (lists and product pages)
 * - `product:<handle>`: one product page (the handle the page is read by)
 * - `catalogue`: catalogue lists, facets and the home page's programme figures
 * - `regions`: the region list (currency, payment providers)
 * - `streams`, `stream:<id>`: live stream lists and one stream
 * - `kiosk-points`: the kiosks (pickup points: their stalls' names and addresses)
 */
export const FIXED_TAGS = ["products", "catalogue", "regions", "streams", "kiosk-points"] as const
export type FixedTag = (typeof FIXED_TAGS)[number]
export type CacheTag = FixedTag | `product:${string}` | `stream:${string}`

/** Handles and ids: letters, digits, `-` and `_` (Medusa handles and ids, stream ids). */
const KEY = /^[A-Za-z0-9_-]{1,200}$/
/** At most this many tags in one request. */
export const MAX_TAGS = 100

export function productTag(handle: string): CacheTag {
  if (!KEY.test(handle)) throw new Error(`product tag: "${handle}" is not a handle`)
  return `product:${handle}`
}

export function streamTag(id: string): CacheTag {
  if (!KEY.test(id)) throw new Error(`stream tag: "${id}" is not a stream id`)
  return `stream:${id}`
}

export function isCacheTag(tag: unknown): tag is CacheTag {
  if (typeof tag !== "string") return false
  if ((FIXED_TAGS as readonly string[]).includes(tag)) return true
  const m = /^(product|stream):(.*)$/.exec(tag)
  return !!m && KEY.test(m[2])
}

/** Tags of a product read by handle. */
export function productReadTags(handle: string): CacheTag[] {
  return KEY.test(handle) ? ["products", productTag(handle)] : ["products"]
}

export type ParsedTags = { ok: true; tags: CacheTag[] } | { ok: false; field: string; message: string }

/** A revalidation body `{ tags: string[] }`: known tags only, deduplicated; the error names the field. */
export function parseRevalidateBody(body: unknown): ParsedTags {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, field: "body", message: "body: expected a JSON object { tags: string[] }" }
  }
  const tags = (body as { tags?: unknown }).tags
  if (!Array.isArray(tags) || tags.length === 0) {
    return { ok: false, field: "tags", message: "tags: expected a non-empty array of cache tags" }
  }
  if (tags.length > MAX_TAGS) return { ok: false, field: "tags", message: `tags: at most ${MAX_TAGS} tags` }
  for (let i = 0; i < tags.length; i++) {
    if (!isCacheTag(tags[i])) {
      return { ok: false, field: `tags[${i}]`, message: `tags[${i}]: unknown cache tag ${JSON.stringify(tags[i])?.slice(0, 80)}` }
    }
  }
  return { ok: true, tags: [...new Set(tags as CacheTag[])] }
}
