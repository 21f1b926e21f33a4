import { createHash } from "node:crypto"

/**
 * The inline scripts of an HTML page and their CSP hashes (pure; unit-tested).
 * A page served from cache is the same bytes for every visitor, so it cannot
 * carry a per-request nonce: its inline scripts are allowed by `'sha256-…'`
 * sources instead, computed from the exact text between `<script …>` and
 * `</script>` (raw text in HTML: no entities are decoded), as browsers hash it.
 */

/** `<script` + attributes (quoted values may hold `>`) + `>`, the raw text, then the first `</script` ending a tag name. */
const SCRIPT = /<script((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>([\s\S]*?)<\/script(?=[\s/>])[^>]*>/gi
const SRC_ATTRIBUTE = /(?:^|\s)src(?:\s*=|\s|$)/i

/** The text of every `<script>` without a `src` (an external script is allowed by its origin, not its text). */
export function inlineScripts(html: string): string[] {
  const out: string[] = []
  for (const m of html.matchAll(SCRIPT)) {
    const [, attributes, text] = m
    if (!SRC_ATTRIBUTE.test(attributes)) out.push(text)
  }
  return out
}

/** The CSP source allowing one inline script: `'sha256-<base64 of the UTF-8 text's SHA-256>'`. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`
}

/** The sources allowing every inline script of `html`, each once, in page order. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHash))]
}
