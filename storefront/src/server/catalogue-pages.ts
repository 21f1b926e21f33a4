import { catalogueSearch, parseCatalogueQuery, searchRecord } from "../lib/catalogue-query"
import { isLocale } from "../i18n/locales"
import { createHash } from "node:crypto"
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http"
import type { CachedPage } from "./page-cache"

/**
 * The tags of the store reads a catalogue page makes (lib/data/products.ts:
 * the list and its facets; lib/data/regions.ts: the region for prices):
 * `POST /api/revalidate` with any of them drops the page.
 */
export const CATALOGUE_PAGE_TAGS = ["products", "catalogue", "regions"] as const

/**
 * The cache key of a catalogue page URL: its path and its query in normal form
 * (lib/catalogue-query.ts: the page renders from that form only, so every URL
 * with the same key gets the same HTML); null for any other URL.
 */
export function catalogueCacheKey(url: string): string | null {
  const u = new URL(url, "http://storefront.invalid")
  const m = /^\/([^/]+)\/products$/.exec(u.pathname)
  if (!m || !isLocale(m[1])) return null
  const search = catalogueSearch(parseCatalogueQuery(searchRecord(u.searchParams))).toString()
  return search ? `${u.pathname}?${search}` : u.pathname
}

/** The headers of Next's router an RSC payload depends on (those Next names in its `Vary`, and which it hashes into `?_rsc=`). */
const RSC_HEADERS = ["next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree", "next-url"] as const

/**
 * The cache key of an RSC request for a catalogue page (a client-side
 * navigation to it, or a link's prefetch): the page's key, `?_rsc=` (Next
 * answers a wrong one with a redirect, never kept) and the router's headers
 * (the state tree says which of the page's layouts the browser already has, so
 * the payload differs by the page it comes from; visitors on the same page
 * send the same tree); null for any other URL.
 */
export function catalogueRscKey(url: string, headers: IncomingHttpHeaders): string | null {
  const page = catalogueCacheKey(url)
  if (!page) return null
  const rsc = new URL(url, "http://storefront.invalid").searchParams.get("_rsc") ?? ""
  const hash = createHash("sha256")
  for (const name of RSC_HEADERS) hash.update(`${name}:${String(headers[name] ?? "")}\n`)
  return `${page} rsc ${rsc} ${hash.digest("base64url")}`
}

/**
 * Whether a catalogue page Next rendered may be kept for everyone: Next marks
 * it private (it reads the query), but it reads nothing of the visitor (the
 * cart count and sign-in come from GET /api/visitor), so any 200 that sets
 * no cookie is the same for every visitor.
 */
export const keepableCataloguePage = (status: number, headers: OutgoingHttpHeaders): boolean =>
  status === 200 && headers["set-cookie"] === undefined

type Entry = CachedPage & { until: number; tags: readonly string[] }

/**
 * Rendered catalogue pages and their RSC payloads by key (at most `max`, the least recently used go
 * first, so made-up queries cannot fill memory), each kept `ttlMs` at most:
 * the fallback for a change nobody told (the data's own is 60 s). `drop(tags)`
 * removes the pages that read any of the tags. A page rendered while a drop
 * happened may hold the old data: `set` refuses a page whose render began
 * before the last drop (`generation` read when the request came in).
 */
export function cataloguePages({ ttlMs = 60_000, max = 300, now = Date.now }: { ttlMs?: number; max?: number; now?: () => number } = {}) {
  const kept = new Map<string, Entry>()
  let generation = 0
  return {
    get generation() {
      return generation
    },
    get size() {
      return kept.size
    },
    get(key: string): CachedPage | null {
      const hit = kept.get(key)
      if (!hit) return null
      kept.delete(key)
      if (hit.until <= now()) return null
      kept.set(key, hit)
      return hit
    },
    /** Keeps `page` unless a drop happened since generation `since`; whether it was kept. */
    set(key: string, page: CachedPage, tags: readonly string[], since: number): boolean {
      if (since !== generation) return false
      kept.delete(key)
      kept.set(key, { ...page, tags, until: now() + ttlMs })
      while (kept.size > max) kept.delete(kept.keys().next().value!)
      return true
    },
    drop(tags: readonly string[]) {
      generation++
      for (const [key, entry] of kept) if (entry.tags.some((t) => tags.includes(t))) kept.delete(key)
    },
  }
}

export type CataloguePages = ReturnType<typeof cataloguePages>

const SHARED = Symbol.for("ocop.storefront.catalogue-pages")

/** The process's one catalogue page cache: the server (bundled apart) and the revalidation route (in Next's bundle) both reach it. */
export function sharedCataloguePages(): CataloguePages {
  const g = globalThis as { [SHARED]?: CataloguePages }
  return (g[SHARED] ??= cataloguePages())
}
