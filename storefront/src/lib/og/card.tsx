import "server-only"
import { ImageResponse } from "next/og"
import { drawnBy } from "./cjk-faces"
import { cjkFonts, shareImageFonts } from "./fonts"
import { ogText as drawText } from "./text"

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 }

/** What a share image shows; every text goes through `ogText`. */
export type ShareCard = {
  kicker: string
  title: string
  subtitle?: string | null
  /** OCOP stars, drawn as shapes (no font has ★ in the bundled subsets) */
  stars?: number | null
  tags?: string[]
  /** a price or a time, large at the bottom */
  footer?: string | null
  /** e.g. "LIVE", in a red pill */
  badge?: string | null
}

const GREEN = "#0b6b3a"

function Star({ on }: { on: boolean }) {
  return (
    <svg width="56" height="56" viewBox="0 0 24 24">
      <path d="M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z" fill={on ? "#f5b301" : "#d9d9d9"} />
    </svg>
  )
}

/**
 * A 1200×630 PNG card with the shop's name, the title, stars, tags and a
 * footer line; Chinese texts with the Noto Sans SC slices they need.
 */
export async function shareImage(card: ShareCard): Promise<ImageResponse> {
  const [base, cjk] = await Promise.all([
    shareImageFonts(),
    cjkFonts([card.kicker, card.title, card.subtitle, card.footer, card.badge, ...(card.tags ?? [])]),
  ])
  const cjkDrawn = drawnBy(cjk.faces)
  const ogText = (text: string | null | undefined, max: number) => drawText(text, max, cjkDrawn)
  const tags = (card.tags ?? []).map((t) => ogText(t, 40)).filter(Boolean)
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fbfaf5", fontFamily: "Noto Sans", padding: 64 }}>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", color: GREEN, fontSize: 32, fontWeight: 700 }}>
          <span>{ogText(card.kicker, 60)}</span>
          {card.badge ? (
            <span style={{ background: "#d92d20", color: "white", borderRadius: 999, padding: "6px 24px", fontSize: 30 }}>{ogText(card.badge, 20)}</span>
          ) : null}
        </div>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }}>
          <div style={{ fontSize: 72, fontWeight: 700, color: "#1d1d1b", lineHeight: 1.1 }}>{ogText(card.title, 70)}</div>
          {card.subtitle ? <div style={{ fontSize: 36, color: "#55554f", marginTop: 16 }}>{ogText(card.subtitle, 90)}</div> : null}
          {card.stars ? (
            <div style={{ display: "flex", alignItems: "center", marginTop: 28 }}>
              {[1, 2, 3, 4, 5].map((n) => (
                <Star key={n} on={n <= card.stars!} />
              ))}
              <span style={{ fontSize: 36, fontWeight: 700, color: GREEN, marginLeft: 16 }}>OCOP</span>
            </div>
          ) : null}
          {tags.length ? (
            <div style={{ display: "flex", flexWrap: "wrap", marginTop: 24 }}>
              {tags.map((t) => (
                <span key={t} style={{ border: `3px solid ${GREEN}`, color: GREEN, borderRadius: 12, padding: "4px 16px", fontSize: 28, marginRight: 16 }}>
                  {t}
                </span>
              ))}
            </div>
          ) : null}
        </div>
        {card.footer ? <div style={{ fontSize: 52, fontWeight: 700, color: GREEN }}>{ogText(card.footer, 40)}</div> : null}
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: [...base, ...cjk.fonts] }
  )
}
