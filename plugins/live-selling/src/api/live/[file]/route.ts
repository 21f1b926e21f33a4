import crypto from "crypto"
import fs from "fs"
import path from "path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * GET /live/ocop-live.js: the `<ocop-live>` custom element, as built by the
 * plugin (`npm run build` writes .medusa/server/widget/), so any page can
 * embed it with `<script src="https://<backend>/live/ocop-live.js" async>`.
 * GET /live/hls.light.min.js: hls.js, which the element loads from beside
 * itself when a browser cannot play HLS natively. GET /live/mpegts.js:
 * mpegts.js, which it loads to play a shop's own stream as HTTP-FLV (MSE).
 *
 * A static script: no publishable key, no session. Revalidated by ETag
 * (the URL carries no version, so the cache lifetime stays short).
 */
const FILES = new Set(["ocop-live.js", "hls.light.min.js", "mpegts.js"])
const CACHE_CONTROL = "public, max-age=300"

type Cached = { mtimeMs: number; size: number; body: Buffer; etag: string }
const cache = new Map<string, Cached>()

/** .medusa/server/widget of this package, wherever it is installed. */
export function widgetDir(): string {
  return path.join(path.dirname(require.resolve("@ocop-live/live-selling/package.json")), ".medusa", "server", "widget")
}

function load(file: string): Cached | null {
  const full = path.join(widgetDir(), file)
  let stat: fs.Stats
  try {
    stat = fs.statSync(full)
  } catch {
    return null
  }
  const hit = cache.get(file)
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit
  const body = fs.readFileSync(full)
  const etag = `"${crypto.createHash("sha1").update(body).digest("base64url")}"`
  const entry = { mtimeMs: stat.mtimeMs, size: stat.size, body, etag }
  cache.set(file, entry)
  return entry
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const file = req.params.file
  const entry = FILES.has(file) ? load(file) : null
  if (!entry) {
    res.status(404).json({ type: "not_found", message: `No widget file ${file}` })
    return
  }
  res.setHeader("Content-Type", "application/javascript; charset=utf-8")
  res.setHeader("Cache-Control", CACHE_CONTROL)
  res.setHeader("ETag", entry.etag)
  // a script for other sites' pages
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin")
  res.setHeader("Access-Control-Allow-Origin", "*")
  const match = req.headers["if-none-match"]
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === entry.etag)) {
    res.status(304).end()
    return
  }
  res.status(200).end(entry.body)
}
