import { videoFit } from "./core/player"
import { h } from "./dom"

type Video = { kind: string; url: string | null } | null

/** Where ocop-live.js was loaded from (hls.js sits next to it). */
const scriptBase = (() => {
  const src = (document.currentScript as HTMLScriptElement | null)?.src
  return src ? src.replace(/[^/]*$/, "") : "/"
})()

let hlsLoading: Promise<any> | null = null
function loadHls(): Promise<any> {
  hlsLoading ??= new Promise((resolve, reject) => {
    if ((window as any).Hls) return resolve((window as any).Hls)
    const s = document.createElement("script")
    s.src = `${scriptBase}hls.light.min.js`
    s.async = true
    s.onload = () => resolve((window as any).Hls)
    s.onerror = reject
    document.head.append(s)
  })
  return hlsLoading
}

function embedUrl(v: NonNullable<Video>): string | null {
  const url = v.url ?? ""
  if (v.kind === "youtube") {
    const id = url.match(/(?:v=|youtu\.be\/|embed\/|live\/)([\w-]{6,})/)?.[1]
    return id ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&mute=1` : null
  }
  if (v.kind === "facebook") return `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(url)}&autoplay=1&mute=1`
  if (v.kind === "tiktok") {
    const id = url.match(/video\/(\d+)/)?.[1]
    return id ? `https://www.tiktok.com/embed/v2/${id}` : null
  }
  return null
}

/** What the element controls of a rendered video: stop it, and its captions. */
export type VideoHandle = {
  stop: () => void
  /** Whether the stream has text tracks (HLS subtitles or `<track>`); `onChange` runs when that becomes known. */
  hasCaptions: () => boolean
  showCaptions: (on: boolean) => void
}

const NONE: VideoHandle = { stop: () => undefined, hasCaptions: () => false, showCaptions: () => undefined }

/**
 * The stream's video: HLS (native or hls.js, loaded on demand) or the
 * platform's embed. A portrait HLS stream fills the box, a landscape one is
 * letterboxed (`data-fit`, from its intrinsic size).
 */
export function renderVideo(box: HTMLElement, video: Video, title: string, noVideo: string, onChange: () => void = () => undefined): VideoHandle {
  box.replaceChildren()
  delete box.dataset.fit
  if (!video?.url) {
    box.append(h("p", {}, noVideo))
    return NONE
  }
  if (video.kind !== "hls") {
    const src = embedUrl(video)
    box.append(src ? h("iframe", { src, title, allow: "autoplay; encrypted-media; picture-in-picture", allowfullscreen: true, loading: "lazy" }) : h("p", {}, noVideo))
    return NONE
  }
  const el = h("video", { controls: true, muted: true, autoplay: true, playsinline: true, "aria-label": title })
  box.append(el)
  el.addEventListener("loadedmetadata", () => {
    box.dataset.fit = videoFit(el.videoWidth, el.videoHeight)
    onChange()
  })
  el.textTracks.addEventListener?.("addtrack", onChange)
  let hls: any = null
  let shown = false
  // a source that cannot be played (gone, unreachable) shows the "no video" text instead of a black box
  const unplayable = () => box.replaceChildren(h("p", {}, noVideo))
  if (el.canPlayType("application/vnd.apple.mpegurl")) {
    el.addEventListener("error", unplayable)
    el.src = video.url
  } else {
    loadHls()
      .then((Hls) => {
        if (!Hls?.isSupported()) return
        hls = new Hls({ lowLatencyMode: true, renderTextTracksNatively: true })
        hls.on(Hls.Events.SUBTITLE_TRACKS_UPDATED, onChange)
        hls.on(Hls.Events.ERROR, (_event: string, data: { fatal?: boolean }) => {
          if (!data?.fatal) return
          hls?.destroy()
          hls = null
          unplayable()
        })
        hls.loadSource(video.url)
        hls.attachMedia(el)
      })
      .catch(unplayable)
  }
  const tracks = () => Array.from(el.textTracks).filter((t) => t.kind === "subtitles" || t.kind === "captions")
  return {
    stop: () => hls?.destroy(),
    hasCaptions: () => tracks().length > 0 || (hls?.subtitleTracks?.length ?? 0) > 0,
    showCaptions: (on) => {
      shown = on
      if (hls) {
        hls.subtitleDisplay = shown
        if (shown && hls.subtitleTrack < 0 && hls.subtitleTracks.length) hls.subtitleTrack = 0
      }
      tracks().forEach((t, i) => (t.mode = shown && i === 0 ? "showing" : "hidden"))
    },
  }
}
