/**
 * Text for share images. The image renderer (Satori, through next/og) fetches
 * a font from the internet for any glyph its fonts lack; the shop never sends
 * traffic out, so share images use only what the bundled Noto Sans latin and
 * vietnamese subsets and the Chinese slices a card loads draw, and drop the
 * rest (emoji…).
 */
const DRAWN: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0xff], [0x102, 0x103], [0x110, 0x111], [0x128, 0x129], [0x131, 0x131],
  [0x152, 0x153], [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0], [0x1ea0, 0x1ef9],
  [0x2013, 0x2014], [0x2018, 0x201d], [0x2022, 0x2022], [0x2026, 0x2026], [0x20ab, 0x20ab], [0x20ac, 0x20ac],
]

const drawn = (ch: string) => {
  const cp = ch.codePointAt(0)!
  return DRAWN.some(([lo, hi]) => cp >= lo && cp <= hi)
}

/**
 * `text` composed (NFC), with undrawable characters dropped, spaces
 * collapsed, cut at `max` with "…". `alsoDrawn`: the characters the card's
 * extra fonts draw (the Chinese slices it loaded, see `cjk-faces.ts`).
 */
export function ogText(text: string | null | undefined, max = 90, alsoDrawn?: (cp: number) => boolean): string {
  const keep = (ch: string) => drawn(ch) || !!alsoDrawn?.(ch.codePointAt(0)!)
  const kept = Array.from((text ?? "").normalize("NFC")).filter(keep).join("").replace(/\s+/g, " ").trim()
  return cut(kept, max)
}

/** `text` cut to at most `max` characters with "…", at a word end when one is in the second half. */
function cut(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const head = chars.slice(0, max - 1)
  const space = chars[max - 1] === " " ? max - 1 : head.lastIndexOf(" ")
  return `${(space >= max / 2 ? head.slice(0, space) : head).join("").trimEnd()}…`
}

/** A page description for link previews: one paragraph, at most `max` characters (any script). */
export function summary(text: string | null | undefined, max = 200): string | undefined {
  const flat = (text ?? "").normalize("NFC").replace(/\s+/g, " ").trim()
  if (!flat) return undefined
  return cut(flat, max)
}
