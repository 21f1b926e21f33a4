/** A reading of a publisher's byte counter (node-media-server's `inBytes`) at `at` (epoch ms). */
export type ByteSample = { at: number; bytes: number }

/** How long samples are kept, and the window the bitrate is averaged over. */
export const SAMPLE_KEEP_MS = 10_000
export const BITRATE_WINDOW_MS = 5_000

/** Adds a sample and forgets those older than `keepMs` before it (the list stays in time order). */
export function addSample(samples: ByteSample[], sample: ByteSample, keepMs = SAMPLE_KEEP_MS): ByteSample[] {
  return [...samples.filter((s) => s.at >= sample.at - keepMs && s.at < sample.at), sample]
}

/**
 * The bitrate in kbit/s over the last `windowMs` of samples: the bytes
 * received between the oldest sample in the window and the newest, over the
 * time between them. 0 with fewer than two samples, no time between them, or
 * a counter that went back (a new session).
 */
export function bitrateKbps(samples: ByteSample[], windowMs = BITRATE_WINDOW_MS): number {
  if (samples.length < 2) return 0
  const last = samples[samples.length - 1]
  const first = samples.find((s) => s.at >= last.at - windowMs) ?? last
  const ms = last.at - first.at
  const bytes = last.bytes - first.bytes
  if (ms <= 0 || bytes < 0) return 0
  return Math.round((bytes * 8) / ms) // bits per ms = kbit/s
}

/** The encoder's address without its port (`::ffff:10.0.0.5:53211` → `::ffff:10.0.0.5`). */
export function clientAddress(ip: string): string {
  return ip.replace(/:\d+$/, "")
}

/** Whole seconds since `since`. */
export function uptimeSeconds(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 1000))
}

const VIDEO_CODECS: Record<number, string> = { 2: "h263", 4: "vp6", 7: "h264", 12: "hevc", 13: "av1" }
const AUDIO_CODECS: Record<number, string> = { 2: "mp3", 10: "aac", 13: "opus" }

/** FLV codec ids (as encoders announce them in `onMetaData`) by name; null when unknown or none. */
export function codecName(kind: "video" | "audio", id: unknown): string | null {
  const n = Number(id)
  if (!n) return null
  return (kind === "video" ? VIDEO_CODECS : AUDIO_CODECS)[n] ?? `flv-${n}`
}
