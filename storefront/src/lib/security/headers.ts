/**
 * The storefront's security headers (pure: `middleware.ts` reads the
 * environment and passes it in). The Content-Security-Policy allows only the
 * shop's own origins (this storefront, the Medusa backend, the live gateway
 * over ws/wss), the video hosts the live widget embeds, Stripe when card
 * payments are on, and `OCOP_CSP_MEDIA_HOSTS` (HLS playlists and images);
 * scripts run only from those origins, or inline when the response allows
 * them: by their sha256 hashes (`scripts/serve.mjs` hashes every HTML page's
 * inline scripts, src/server/) or by a nonce.
 */

/** The inline scripts a response allows: their `'sha256-…'` sources, or a nonce; none by default. */
export type InlineScripts = { hashes: string[] } | { nonce: string }

const inlineSources = (s: InlineScripts): string[] => ("nonce" in s ? [`'nonce-${s.nonce}'`] : s.hashes)

export type SecurityConfig = {
  /** Medusa's URL as browsers reach it */
  backend: string
  /** the live gateway's URL (ws:// or wss://, or http(s)://) */
  live: string
  /** Stripe.js URL when card payments are on */
  stripeJs?: string | null
  /** hosts serving HLS playlists, segments and images (OCOP_CSP_MEDIA_HOSTS) */
  mediaHosts: string[]
  /** sites allowed to frame the storefront's pages (OCOP_FRAME_ANCESTORS) */
  frameAncestors: string[]
  production: boolean
}

/** Hosts of the embedded players: plugins/live-selling/widget/video.ts. */
export const VIDEO_FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://www.facebook.com", "https://www.tiktok.com"]
const STRIPE = { script: ["https://js.stripe.com"], frame: ["https://js.stripe.com", "https://hooks.stripe.com"], connect: ["https://api.stripe.com"] }

export function origin(url: string): string | null {
  try {
    const u = new URL(url)
    return u.protocol === "http:" || u.protocol === "https:" || u.protocol === "ws:" || u.protocol === "wss:" ? u.origin : null
  } catch {
    return null
  }
}

/** The gateway's origin in both schemes a Socket.IO client may use (ws for the socket, http for polling). */
function liveOrigins(live: string): string[] {
  const o = origin(live)
  if (!o) return []
  const http = o.replace(/^ws/, "http")
  return [http, http.replace(/^http/, "ws")]
}

/** A list env variable: origins separated by commas or spaces. */
export function originList(raw: string | undefined): string[] {
  return (raw ?? "").split(/[\s,]+/).map((s) => (s === "'self'" ? s : origin(s))).filter((s): s is string => !!s)
}

const uniq = (list: (string | null | undefined)[]) => [...new Set(list.filter((s): s is string => !!s))]

export function contentSecurityPolicy(c: SecurityConfig, inline: InlineScripts = { hashes: [] }): string {
  const backend = origin(c.backend)
  const stripe = c.stripeJs ? origin(c.stripeJs) : null
  const stripeHosts = stripe ? (stripe === "https://js.stripe.com" ? STRIPE : { script: [stripe], frame: [stripe], connect: [stripe] }) : null
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": uniq(["'self'", ...inlineSources(inline), ...(stripeHosts?.script ?? [])]),
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": uniq(["'self'", "data:", "blob:", backend, ...c.mediaHosts]),
    "media-src": uniq(["'self'", "blob:", backend, ...c.mediaHosts]),
    "connect-src": uniq(["'self'", backend, ...liveOrigins(c.live), ...c.mediaHosts, ...(stripeHosts?.connect ?? [])]),
    "frame-src": uniq([...VIDEO_FRAME_HOSTS, ...(stripeHosts?.frame ?? [])]),
    "font-src": ["'self'", "data:"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": c.frameAncestors.length ? uniq(["'self'", ...c.frameAncestors]) : ["'self'"],
  }
  return Object.entries(directives)
    .map(([k, v]) => [k, ...v].join(" "))
    .join("; ")
}

/** Every header of a page's response (the CSP among them). */
export function securityHeaders(c: SecurityConfig, inline: InlineScripts = { hashes: [] }): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(c, inline),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
  }
  if (c.production) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
  return headers
}
