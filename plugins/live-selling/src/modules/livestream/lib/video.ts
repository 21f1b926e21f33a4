export const VIDEO_KINDS = ["hls", "youtube", "facebook", "tiktok", "shop"] as const
export type VideoKind = (typeof VIDEO_KINDS)[number]

/** The kinds a producer may set by hand; `shop` is set by the RTMP ingest only. */
export const EXTERNAL_VIDEO_KINDS = ["hls", "youtube", "facebook", "tiktok"] as const
export type ExternalVideoKind = (typeof EXTERNAL_VIDEO_KINDS)[number]

const HOSTS: Record<Exclude<ExternalVideoKind, "hls">, RegExp> = {
  youtube: /(^|\.)(youtube\.com|youtu\.be)$/,
  facebook: /(^|\.)(facebook\.com|fb\.watch)$/,
  tiktok: /(^|\.)tiktok\.com$/,
}

/**
 * Why a video source is unusable, or null: an https (or http) URL, an
 * `.m3u8` playlist for HLS (and the shop's own stream), or a page of the
 * named platform.
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
  if (kind === "hls" || kind === "shop") {
    return u.pathname.endsWith(".m3u8") ? null : "an HLS source must be an .m3u8 playlist"
  }
  return HOSTS[kind].test(u.hostname.toLowerCase()) ? null : `must be a ${kind} URL`
}

/** Where the media server plays a stream: HLS `/hls/<id>/index.m3u8`, HTTP-FLV `/live/<id>.flv`. */
export function shopVideoUrls(mediaBaseUrl: string, streamId: string) {
  const base = mediaBaseUrl.replace(/\/+$/, "")
  const id = encodeURIComponent(streamId)
  return { url: `${base}/hls/${id}/index.m3u8`, flvUrl: `${base}/live/${id}.flv` }
}

/** The HTTP-FLV URL next to a shop stream's HLS playlist, or null for other URLs. */
export function shopFlvUrl(hlsUrl: string | null): string | null {
  const m = hlsUrl?.match(/^(https?:\/\/[^?#]*?)\/hls\/([^/?#]+)\/index\.m3u8$/)
  return m ? `${m[1]}/live/${m[2]}.flv` : null
}
