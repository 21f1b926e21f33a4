import { createServer } from "node:http"
import next from "next"
import compression from "next/dist/compiled/compression"
import { securityConfig } from "../lib/security/env"
import { contentSecurityPolicy } from "../lib/security/headers"
import type { IncomingMessage } from "node:http"
import { catalogueCacheKey, catalogueRscKey, CATALOGUE_PAGE_TAGS, keepableCataloguePage, sharedCataloguePages } from "./catalogue-pages"
import { holdHtml, holdRscPayload, sendCachedPage } from "./html-response"
import { mayAnswerFromCache, mayAnswerRscFromCache, sharedPageCache, type CachedPage } from "./page-cache"
import { pagePreparer } from "./prepared-pages"

/**
 * The storefront's HTTP server (`scripts/serve.mjs` bundles this file and
 * runs it): Next's request handler, behind which every HTML page gets a
 * Content-Security-Policy allowing its own inline scripts by hash (the same
 * bytes for every visitor, so pages can be served from Next's cache), and
 * compression; a page Next served from its cache is kept for a second
 * (page-cache.ts), so Next does not answer the same page many times a second.
 * The catalogue page (rendered per request: it reads the query) is kept per
 * query in normal form until a tag it read is dropped (catalogue-pages.ts),
 * and so is its RSC payload for client-side navigations and prefetches (per
 * query and router headers).
 * Next's own compression is off (next.config.mjs: `compress:
 * false`): it would compress before the body could be hashed.
 */
export async function startServer({ dir, port, hostname }: { dir: string; port: number; hostname?: string }) {
  const app = next({ dev: false, dir, port, hostname, customServer: true })
  await app.prepare()
  const handle = app.getRequestHandler()
  const config = securityConfig()
  const prepare = pagePreparer((hashes) => contentSecurityPolicy(config, { hashes }))
  // everything else (scripts, styles, RSC payloads) as `next start` does it: gzip when worth it
  const compress = compression({ threshold: 1024 })
  const pages = sharedPageCache()
  const catalogue = sharedCataloguePages()
  /** A catalogue copy under `key`: kept only if no tag it read was dropped since this request began. */
  const catalogueSlot = (key: string) => {
    const since = catalogue.generation
    return { get: () => catalogue.get(key), keep: (page: CachedPage) => void catalogue.set(key, page, CATALOGUE_PAGE_TAGS, since), shared: keepableCataloguePage }
  }
  /** Where a kept page is looked up and a new one kept, if anywhere. */
  const cacheFor = (url: string) => {
    const key = catalogueCacheKey(url)
    return key ? catalogueSlot(key) : { get: () => pages.get(url), keep: (page: CachedPage) => pages.set(url, page), shared: undefined }
  }
  /** Where a catalogue page's RSC payload is looked up and kept; null for any other RSC request. */
  const rscCacheFor = (req: IncomingMessage) => {
    const key = mayAnswerRscFromCache(req.method, req.headers) ? catalogueRscKey(req.url!, req.headers) : null
    return key ? catalogueSlot(key) : null
  }
  const server = createServer((req, res) => {
    const rsc = rscCacheFor(req)
    const cache = !rsc && mayAnswerFromCache(req.method, req.headers) ? cacheFor(req.url!) : null
    const kept = (rsc ?? cache)?.get()
    if (kept) return sendCachedPage(req, res, kept)
    compress(req, res, () => {})
    if (rsc) holdRscPayload(req, res, rsc.keep, rsc.shared)
    else holdHtml(req, res, prepare, cache?.keep, cache?.shared)
    handle(req, res).catch((e: unknown) => {
      console.error(e)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  return server
}
