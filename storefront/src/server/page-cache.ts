import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http"
import type { PreparedPage } from "./prepared-pages"

/** A page as Next answered it from its cache: status, headers (policy and encoding aside) and the prepared body. */
export type CachedPage = { status: number; headers: OutgoingHttpHeaders; page: PreparedPage }

/** Headers of Next's router and server actions: such a request asks for something else than the page's HTML. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "if-none-match", "range"]

/** A request for a page's HTML that a page kept here may answer: GET, no router or conditional headers. */
export const mayAnswerFromCache = (method: string | undefined, headers: IncomingHttpHeaders): boolean =>
  method === "GET" && !ROUTER_HEADERS.some((h) => h in headers)

/**
 * A request of Next's router for a page's RSC payload (a client-side
 * navigation or a link's prefetch) that a kept payload may answer: GET, `RSC:
 * 1`, no server action or conditional headers. What the payload holds depends
 * on the router's headers too: the key must include them (catalogueRscKey).
 */
export const mayAnswerRscFromCache = (method: string | undefined, headers: IncomingHttpHeaders): boolean =>
  method === "GET" && headers.rsc === "1" && !["next-action", "if-none-match", "range"].some((h) => h in headers)

/**
 * Whether Next's answer is the same for everyone (its `Cache-Control` lets
 * shared caches keep it: `s-maxage`, not private or no-store) and sets no cookie.
 */
export function sharedByNext(status: number, headers: OutgoingHttpHeaders): boolean {
  const cc = String(headers["cache-control"] ?? "")
  return status === 200 && /\bs-maxage=\d+/.test(cc) && !/\b(private|no-store)\b/.test(cc) && headers["set-cookie"] === undefined
}

/**
 * The last `max` pages Next served from its cache, each kept `ttlMs` (1 s): at
 * 50 requests a second for a page, Next renders the answer from its cache once
 * a second instead of 50 times. POST /api/revalidate empties it with Next's
 * own cache, so a dropped tag shows at once; otherwise a page is at most
 * `ttlMs` older than Next's copy.
 */
export function pageCache({ ttlMs = 1000, max = 500, now = Date.now }: { ttlMs?: number; max?: number; now?: () => number } = {}) {
  const kept = new Map<string, CachedPage & { until: number }>()
  return {
    get(key: string): CachedPage | null {
      const hit = kept.get(key)
      if (!hit) return null
      if (hit.until <= now()) {
        kept.delete(key)
        return null
      }
      return hit
    },
    set(key: string, page: CachedPage) {
      kept.delete(key)
      kept.set(key, { ...page, until: now() + ttlMs })
      if (kept.size > max) kept.delete(kept.keys().next().value!)
    },
    clear() {
      kept.clear()
    },
    get size() {
      return kept.size
    },
  }
}

export type PageCache = ReturnType<typeof pageCache>

const SHARED = Symbol.for("ocop.storefront.page-cache")

/** The process's one page cache: the server (bundled apart) and the revalidation route (in Next's bundle) both reach it. */
export function sharedPageCache(): PageCache {
  const g = globalThis as { [SHARED]?: PageCache }
  return (g[SHARED] ??= pageCache())
}
