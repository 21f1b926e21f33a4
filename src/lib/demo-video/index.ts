import path from "path"

/**
 * The demo stream's video (issue #17): `npm start` loops a test clip into a
 * live HLS playlist in OCOP_DEMO_VIDEO_DIR (scripts/lib/demo-video.js); the
 * Medusa server serves it at /demo-video/* and the seed points the demo
 * stream at it.
 */
export const DEMO_VIDEO_PATH = "/demo-video/live.m3u8"

/** Where the playlist and segments are: OCOP_DEMO_VIDEO_DIR, else <OCOP_DATA_DIR or .data>/demo-video/live. */
export function demoVideoDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.OCOP_DEMO_VIDEO_DIR || path.join(env.OCOP_DATA_DIR || ".data", "demo-video", "live"))
}

/** The demo stream's video URL, on the backend's public URL. */
export function demoVideoUrl(env: NodeJS.ProcessEnv = process.env): string {
  const backend = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`
  return `${backend.replace(/\/+$/, "")}${DEMO_VIDEO_PATH}`
}

export type DemoVideoFile = { name: string; contentType: string; cacheControl: string }

/**
 * A file name that may be served (the playlist or one of its numbered
 * segments), with how; null for anything else, so no other path is read.
 */
export function demoVideoFile(name: unknown): DemoVideoFile | null {
  if (name === "live.m3u8") return { name, contentType: "application/vnd.apple.mpegurl", cacheControl: "no-cache, no-store" }
  if (typeof name === "string" && /^seg-\d{1,12}\.ts$/.test(name)) {
    // a segment never changes once listed
    return { name, contentType: "video/mp2t", cacheControl: "public, max-age=60" }
  }
  return null
}
