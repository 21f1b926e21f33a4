import { createServer } from "node:http"
import next from "next"
import compression from "next/dist/compiled/compression"
import { securityConfig } from "../lib/security/env"
import { contentSecurityPolicy } from "../lib/security/headers"
import { holdHtml, sendCachedPage } from "./html-response"
import { mayAnswerFromCache, sharedPageCache } from "./page-cache"
import { pagePreparer } from "./prepared-pages"

/**
 * The storefront's HTTP server (`scripts/serve.mjs` bundles this file and
 * runs it): Next's request handler, behind which every HTML page gets a
 * Content-Security-Policy allowing its own inline scripts by hash (the same
 * bytes for every visitor, so pages can be served from Next's cache), and
 * compression; a page Next served from its cache is kept for a second
 * (page-cache.ts), so Next does not answer the same page many times a second.
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
  const server = createServer((req, res) => {
    const key = mayAnswerFromCache(req.method, req.headers) ? req.url! : null
    const kept = key ? pages.get(key) : null
    if (kept) return sendCachedPage(req, res, kept)
    compress(req, res, () => {})
    holdHtml(req, res, prepare, key ? (page) => pages.set(key, page) : undefined)
    handle(req, res).catch((e: unknown) => {
      console.error(e)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  return server
}
