import { createHash } from "node:crypto"
import { brotliCompressSync, constants, gzipSync } from "node:zlib"
import { inlineScriptHashes } from "../lib/security/inline-scripts"
import type { Encoding } from "./encoding"

/** A body ready to send: an HTML page's Content-Security-Policy (hashes of its inline scripts; none for other bodies) and its compressed forms. */
export type PreparedPage = { csp: string | null; body(encoding: Encoding | null): Buffer }

/** Brotli at quality 5: within a few percent of 11's size at a fraction of its time (a per-request page pays it). */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }

/**
 * Prepares HTML bodies, remembering the last `max` of them by the SHA-256 of
 * their bytes: a page served from Next's cache is the same bytes for every
 * visitor, so its scripts are hashed and its body compressed once.
 */
export function pagePreparer(policy: (hashes: string[]) => string, max = 256) {
  const kept = new Map<string, PreparedPage>()
  return function prepare(html: Buffer): PreparedPage {
    const key = createHash("sha256").update(html).digest("base64")
    const hit = kept.get(key)
    if (hit) {
      kept.delete(key)
      kept.set(key, hit)
      return hit
    }
    const page: PreparedPage = { csp: policy(inlineScriptHashes(html.toString("utf8"))), body: compressedForms(html) }
    kept.set(key, page)
    if (kept.size > max) kept.delete(kept.keys().next().value!)
    return page
  }
}

/** A body's forms by encoding, each compressed on first use. */
function compressedForms(bytes: Buffer): PreparedPage["body"] {
  const encoded: Partial<Record<Encoding, Buffer>> = {}
  return (encoding) => (encoding ? (encoded[encoding] ??= encoding === "br" ? brotliCompressSync(bytes, BROTLI) : gzipSync(bytes)) : bytes)
}

/** Another body than a page's HTML (an RSC payload): no policy of its own, compressed as the client accepts. */
export const preparedPayload = (bytes: Buffer): PreparedPage => ({ csp: null, body: compressedForms(bytes) })
