/**
 * Chinese glyphs for share images (issue 16). @fontsource/noto-sans-sc
 * (SIL OFL 1.1) ships Noto Sans SC cut into ~100 slices per weight, each
 * woff file with the `unicode-range` its CSS names; the image renderer
 * reads woff but not the .ttc collections Debian installs. A card loads only
 * the slices holding its characters, and draws only characters some slice
 * holds (the renderer would fetch a font from the internet for any other).
 */

/** One `@font-face` of the package's CSS: a woff file, its weight and the code points it holds. */
export type CjkFace = { file: string; weight: number; ranges: [number, number][] }

const FACE = /@font-face\s*{([^}]*)}/g

function parseRanges(value: string): [number, number][] {
  return value.split(",").flatMap((part) => {
    const m = part.trim().match(/^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i)
    if (!m) return []
    const lo = parseInt(m[1], 16)
    return [[lo, m[2] ? parseInt(m[2], 16) : lo] as [number, number]]
  })
}

/** The faces of a @fontsource CSS file (e.g. `400.css`) that have a woff file and a unicode-range. */
export function parseFaces(css: string): CjkFace[] {
  const faces: CjkFace[] = []
  for (const [, body] of css.matchAll(FACE)) {
    const file = body.match(/url\(\.\/files\/([^)]+\.woff)\)\s*format\('woff'\)/)?.[1]
    const weight = Number(body.match(/font-weight:\s*(\d+)/)?.[1])
    const ranges = parseRanges(body.match(/unicode-range:\s*([^;]+);/)?.[1] ?? "")
    if (file && weight && ranges.length) faces.push({ file, weight, ranges })
  }
  return faces
}

const holds = (face: CjkFace, cp: number) => face.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)

/** Han ideographs, CJK symbols and punctuation, full-width forms: what the slices are for. */
export function isCjk(cp: number): boolean {
  return (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x20000 && cp <= 0x2fa1f)
}

/** The faces needed to draw the CJK characters of `texts`, in the package's order, each once. */
export function facesFor(texts: (string | null | undefined)[], faces: CjkFace[]): CjkFace[] {
  const points = new Set<number>()
  for (const text of texts) for (const ch of text ?? "") if (isCjk(ch.codePointAt(0)!)) points.add(ch.codePointAt(0)!)
  return faces.filter((face) => [...points].some((cp) => holds(face, cp)))
}

/** True when one of the faces holds the character (a CJK character no face holds is not drawn). */
export function drawnBy(faces: CjkFace[]): (cp: number) => boolean {
  return (cp) => faces.some((face) => holds(face, cp))
}
