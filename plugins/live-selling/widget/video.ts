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

/** The stream's video: HLS (native or hls.js, loaded on demand) or the platform's embed. */
export function renderVideo(box: HTMLElement, video: Video, title: string, noVideo: string): () => void {
  box.replaceChildren()
  if (!video?.url) {
    box.append(h("p", {}, noVideo))
    return () => undefined
  }
  if (video.kind !== "hls") {
    const src = embedUrl(video)
    box.append(src ? h("iframe", { src, title, allow: "autoplay; encrypted-media; picture-in-picture", allowfullscreen: true, loading: "lazy" }) : h("p", {}, noVideo))
    return () => undefined
  }
  const el = h("video", { controls: true, muted: true, autoplay: true, playsinline: true, "aria-label": title })
  box.append(el)
  let hls: any = null
  // a source that cannot be played (gone, unreachable) shows the "no video" text instead of a black box
  const unplayable = () => box.replaceChildren(h("p", {}, noVideo))
  if (el.canPlayType("application/vnd.apple.mpegurl")) {
    el.addEventListener("error", unplayable)
    el.src = video.url
  } else {
    loadHls()
      .then((Hls) => {
        if (!Hls?.isSupported()) return
        hls = new Hls({ lowLatencyMode: true })
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
  return () => hls?.destroy()
}
