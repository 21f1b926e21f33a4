export const VIDEO_KINDS = ["hls", "youtube", "facebook", "tiktok"] as const
export type VideoKind = (typeof VIDEO_KINDS)[number]

const HOSTS: Record<Exclude<VideoKind, "hls">, RegExp> = {
  youtube: /(^|\.)(youtube\.com|youtu\.be)$/,
  facebook: /(^|\.)(facebook\.com|fb\.watch)$/,
  tiktok: /(^|\.)tiktok\.com$/,
}

/**
 * Why a video source is unusable, or null: an https (or http) URL, an
 * `.m3u8` playlist for HLS, or a page of the named platform.
 */
export function videoProblem(kind: VideoKind, url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return "must be an absolute URL"
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") {
    return "must be an http(s) URL"
  }
  if (kind === "hls") {
    return u.pathname.endsWith(".m3u8") ? null : "an HLS source must be an .m3u8 playlist"
  }
  return HOSTS[kind].test(u.hostname.toLowerCase()) ? null : `must be a ${kind} URL`
}
