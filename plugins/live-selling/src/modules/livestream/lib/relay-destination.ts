export const RELAY_PLATFORMS = ["facebook", "youtube", "tiktok", "custom"] as const
export type RelayPlatform = (typeof RELAY_PLATFORMS)[number]

export const RELAY_STATES = ["idle", "connecting", "live", "failed"] as const
export type RelayState = (typeof RELAY_STATES)[number]

/** At most this many destinations per stream (each one is an ffmpeg relay while live). */
export const MAX_RELAY_DESTINATIONS = 5
export const MAX_RELAY_URL = 500
export const MAX_RELAY_KEY = 300

/** Where each platform's live ingest servers are (host suffixes); `custom` takes any host. */
const HOSTS: Record<Exclude<RelayPlatform, "custom">, RegExp> = {
  facebook: /(^|\.)facebook\.com$/,
  youtube: /(^|\.)youtube\.com$/,
  tiktok: /(^|\.)(tiktok\.com|tiktokcdn\.com|tiktokcdn-[a-z0-9]+\.com)$/,
}

/** The servers the platforms give for RTMP(S) ingest, suggested in the add form. */
export const RELAY_SUGGESTED_URLS: Record<Exclude<RelayPlatform, "custom">, string> = {
  facebook: "rtmps://live-api-s.facebook.com:443/rtmp",
  youtube: "rtmp://a.rtmp.youtube.com/live2",
  tiktok: "rtmp://push.tiktokcdn.com/live",
}

/**
 * Why a relay server URL is unusable for `platform`, or null: an absolute
 * rtmp:// or rtmps:// URL with a host, no spaces, no login, no query or
 * fragment, at most 500 characters; a named platform's URL on its own hosts.
 */
export function relayUrlProblem(platform: RelayPlatform, url: string): string | null {
  if (!url) return "is required"
  if (url.length > MAX_RELAY_URL) return `must be at most ${MAX_RELAY_URL} characters`
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return "must not contain spaces or control characters"
  if (!/^rtmps?:\/\//i.test(url)) return "must start with rtmp:// or rtmps://"
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return "must be an absolute rtmp:// or rtmps:// URL"
  }
  if (!u.hostname) return "must name a host"
  if (u.username || u.password) return "must not contain a login (user:password@)"
  if (u.search || u.hash || url.includes("?") || url.includes("#")) return "must not contain ? or # (the key goes in stream_key)"
  if (platform !== "custom" && !HOSTS[platform].test(u.hostname.toLowerCase())) {
    return `must be a ${platform} ingest server (e.g. ${RELAY_SUGGESTED_URLS[platform]}), or use platform custom`
  }
  return null
}

/** Why a platform stream key is unusable, or null: 1–300 printable characters, no spaces. */
export function relayKeyProblem(key: string): string | null {
  if (!key) return "is required"
  if (key.length > MAX_RELAY_KEY) return `must be at most ${MAX_RELAY_KEY} characters`
  if (!/^[\x21-\x7e]+$/.test(key)) return "must be printable characters without spaces"
  return null
}

/** What routes show of a stream key: its last 4 characters (all of a key shorter than 8 is hidden). */
export function maskRelayKey(key: string): string {
  return key.length < 8 ? "••••" : `••••${key.slice(-4)}`
}

/** Where the relay publishes: the server URL (no trailing slash) then the key. */
export function relayTarget(url: string, key: string): string {
  return `${url.replace(/\/+$/, "")}/${key}`
}

/** `text` with every occurrence of the secret `key` masked (ffmpeg's errors quote the target URL). */
export function redactKey(text: string, key: string): string {
  return key ? text.split(key).join(maskRelayKey(key)) : text
}
