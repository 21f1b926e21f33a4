import { videoFit } from "./core/player"
import { h } from "./dom"

type Video = { kind: string; url: string | null; flvUrl?: string | null } | null

/** Where ocop-live.js was loaded from (hls.js sits next to it). */
const scriptBase = (() => {
  const src = (document.currentScript as HTMLScriptElement | null)?.src
  return src ? src.replace(/[^/]*$/, "") : "/"
})()

const loading = new Map<string, Promise<any>>()
/** A player script from beside ocop-live.js, once: its global when loaded. */
function loadScript(file: string, global: string): Promise<any> {
  let p = loading.get(file)
  if (!p) {
    p = new Promise((resolve, reject) => {
      if ((window as any)[global]) return resolve((window as any)[global])
      const s = document.createElement("script")
      s.src = `${scriptBase}${file}`
      s.async = true
      s.onload = () => resolve((window as any)[global])
      s.onerror = reject
      document.head.append(s)
    })
    loading.set(file, p)
  }
  return p
}
const loadHls = () => loadScript("hls.light.min.js", "Hls")
const loadMpegts = () => loadScript("mpegts.js", "mpegts")

/** Whether this browser has Media Source Extensions with H.264 + AAC (what mpegts.js needs). */
function hasMse(): boolean {
  const MS = (window as any).ManagedMediaSource || (window as any).MediaSource
  return !!MS?.isTypeSupported?.('video/mp4; codecs="avc1.42E01E,mp4a.40.2"')
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
 * The stream's video: HLS (native or hls.js, loaded on demand), the shop's
 * own stream (`shop`: HTTP-FLV through mpegts.js where the browser has MSE,
 * else its HLS) or the platform's embed. A portrait HLS stream fills the box, a landscape one is
 * letterboxed (`data-fit`, from its intrinsic size).
 */
export function renderVideo(box: HTMLElement, video: Video, title: string, noVideo: string, onChange: () => void = () => undefined): VideoHandle {
  box.replaceChildren()
  delete box.dataset.fit
  if (!video?.url) {
    box.append(h("p", {}, noVideo))
    return NONE
  }
  if (video.kind !== "hls" && video.kind !== "shop") {
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
  let flv: any = null
  const hlsUrl = video.url
  // the shop's own stream: HTTP-FLV through mpegts.js (about a second behind the encoder) where there is MSE, else HLS below
  const playHls = () => {
    if (el.canPlayType("application/vnd.apple.mpegurl")) {
      el.addEventListener("error", unplayable)
      el.src = hlsUrl
      return
    }
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
        hls.loadSource(hlsUrl)
        hls.attachMedia(el)
      })
      .catch(unplayable)
  }
  if (video.kind === "shop" && video.flvUrl && hasMse()) {
    const flvUrl = video.flvUrl
    el.dataset.player = "flv"
    loadMpegts()
      .then((mpegts) => {
        if (!mpegts?.isSupported?.()) return (delete el.dataset.player, playHls())
        flv = mpegts.createPlayer({ type: "flv", isLive: true, url: flvUrl }, { enableStashBuffer: false, liveBufferLatencyChasing: true })
        flv.on(mpegts.Events.ERROR, () => {
          // FLV lost (an old proxy, the encoder gone): fall back to HLS
          flv?.destroy()
          flv = null
          delete el.dataset.player
          playHls()
        })
        flv.attachMediaElement(el)
        flv.load()
        Promise.resolve(flv.play()).catch(() => undefined)
      })
      .catch(playHls)
    return handle()
  }
  playHls()
  return handle()

  function handle(): VideoHandle {
    const tracks = () => Array.from(el.textTracks).filter((t) => t.kind === "subtitles" || t.kind === "captions")
    return {
      stop: () => {
        hls?.destroy()
        flv?.destroy()
      },
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
}
