"use client"

import { useEffect, useMemo, useRef, useState } from "react"
import type { Dict, Locale } from "@/i18n"
import { addToCart } from "@/lib/actions/cart"
import type { Replay, ReplayProduct } from "@/lib/data/live"
import { formatVnd } from "@/lib/money"
import { replayVariant } from "@/lib/replay-variant"

type Props = { replay: Replay; products: Record<string, ReplayProduct>; locale: Locale; t: Dict["replay"] }

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`
}

/**
 * The replay's video (its recordings one after the other, HLS through
 * hls.js, or natively where the browser plays HLS) with the timeline's
 * markers; at the current position, the pinned products with their regular
 * price and an add-to-cart, and the offer that ran then (ended: the live
 * price is shown, not sold).
 */
export function ReplayPlayer({ replay, products, locale, t }: Props) {
  const video = useRef<HTMLVideoElement>(null)
  const [part, setPart] = useState(0)
  const [positionMs, setPositionMs] = useState(0)
  const seekTo = useRef<number | null>(null)
  const rec = replay.recordings[part]

  useEffect(() => {
    const el = video.current
    if (!el || !rec) return
    let hls: import("hls.js").default | null = null
    let cancelled = false
    const resume = () => {
      if (seekTo.current !== null) {
        el.currentTime = seekTo.current / 1000
        seekTo.current = null
      }
    }
    el.addEventListener("loadedmetadata", resume)
    if (el.canPlayType("application/vnd.apple.mpegurl")) el.src = rec.url
    else
      import("hls.js").then(({ default: Hls }) => {
        if (cancelled || !Hls.isSupported()) return
        hls = new Hls()
        hls.loadSource(rec.url)
        hls.attachMedia(el)
      })
    return () => {
      cancelled = true
      el.removeEventListener("loadedmetadata", resume)
      hls?.destroy()
    }
  }, [rec])

  const state = useMemo(() => {
    const within = (x: { from_ms: number; to_ms: number }) => x.from_ms <= positionMs && positionMs < x.to_ms
    return {
      productIds: replay.timeline.pins.filter(within).at(-1)?.product_ids ?? [],
      offers: replay.timeline.offers.filter(within),
    }
  }, [replay, positionMs])

  const seek = (ms: number) => {
    const i = replay.recordings.reduce((last, r, n) => (r.offset_ms <= ms ? n : last), 0)
    const local = ms - replay.recordings[i].offset_ms
    setPositionMs(ms)
    if (i === part && video.current) video.current.currentTime = local / 1000
    else {
      seekTo.current = local
      setPart(i)
    }
  }
  const total = Math.max(1, replay.duration_ms)
  const markers = [
    ...replay.timeline.offers.map((o) => ({ at: o.from_ms, kind: "offer", label: `${t.offer}: ${o.title}` })),
    ...replay.timeline.pins.map((p) => ({ at: p.from_ms, kind: "pin", label: t.pinned })),
    ...replay.timeline.chat.map((c) => ({ at: c.at_ms, kind: "chat", label: `${c.name}: ${c.text}` })),
  ].sort((a, b) => a.at - b.at)

  return (
    <div className="replay">
      <video
        ref={video}
        className="replay-video"
        controls
        playsInline
        aria-label={t.player}
        data-part={part}
        onTimeUpdate={(e) => setPositionMs((rec?.offset_ms ?? 0) + e.currentTarget.currentTime * 1000)}
        onEnded={() => part + 1 < replay.recordings.length && setPart(part + 1)}
      />
      <div className="replay-timeline" role="group" aria-label={t.timeline}>
        <div className="replay-track">
          {markers.map((m, i) => (
            <button
              key={i}
              type="button"
              className={`replay-marker replay-marker-${m.kind}`}
              style={{ left: `${(100 * m.at) / total}%` }}
              title={`${clock(m.at)} ${m.label}`}
              aria-label={`${t.jump} ${clock(m.at)}: ${m.label}`}
              data-at-ms={m.at}
              onClick={() => seek(m.at)}
            />
          ))}
        </div>
        <output className="replay-clock" data-position-ms={Math.round(positionMs)}>
          {clock(positionMs)} / {clock(replay.duration_ms)}
        </output>
      </div>
      <section className="replay-now" aria-live="polite">
        <h2>{t.pinned}</h2>
        {state.productIds.length === 0 ? <p className="muted">{t.nothingPinned}</p> : null}
        <ul className="replay-products">
          {state.productIds.map((id) => products[id]).filter(Boolean).map((p) => {
            const offer = state.offers.find((o) => o.product_id === p.id)
            const variant = replayVariant(p.variants, offer?.variant_id)
            return (
              <li key={p.id} className="replay-product" data-product-id={p.id}>
                <a href={`/${locale}/products/${p.handle}`}>{p.title}</a>
                <span className="replay-price">
                  {t.regularPrice}: {formatVnd(variant?.calculated_price?.calculated_amount, locale)}
                </span>
                {offer ? (
                  <p className="replay-offer muted">
                    {t.livePrice}: <s>{formatVnd(offer.price, locale)}</s> — {t.offerEnded}
                  </p>
                ) : null}
                {variant ? (
                  <form action={addToCart}>
                    <input type="hidden" name="variant_id" value={variant.id} />
                    <input type="hidden" name="quantity" value="1" />
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="handle" value={p.handle} />
                    <button type="submit">{t.addToCart}</button>
                  </form>
                ) : null}
              </li>
            )
          })}
        </ul>
      </section>
      {replay.timeline.chat.length ? (
        <section className="replay-chat">
          <h2>{t.highlights}</h2>
          <ul>
            {replay.timeline.chat.map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => seek(c.at_ms)}>{clock(c.at_ms)}</button> <b>{c.name}</b>: {c.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
