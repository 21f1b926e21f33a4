export type WordRule = { word: string; action: "mask" | "block" }

export type Filtered = { blocked: false; text: string; masked: number } | { blocked: true }

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Matches banned words as whole words (Unicode letters and digits around
 * them end a match), case-insensitively, Vietnamese diacritics respected.
 */
export function compileWordFilter(rules: WordRule[]) {
  const words = rules
    .map((r) => ({ ...r, word: r.word.normalize("NFC").trim().toLocaleLowerCase("vi") }))
    .filter((r) => r.word.length > 0)
    .sort((a, b) => b.word.length - a.word.length)
  if (!words.length) {
    return (text: string): Filtered => ({ blocked: false, text, masked: 0 })
  }
  const blocking = new Set(words.filter((w) => w.action === "block").map((w) => w.word))
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?:${words.map((w) => escapeRegExp(w.word)).join("|")})(?![\\p{L}\\p{N}\\p{M}])`,
    "giu"
  )
  return (text: string): Filtered => {
    let masked = 0
    let blocked = false
    const out = text.replace(pattern, (m) => {
      if (blocking.has(m.toLocaleLowerCase("vi"))) {
        blocked = true
      }
      masked++
      return "*".repeat([...m].length)
    })
    return blocked ? { blocked: true } : { blocked: false, text: out, masked }
  }
}
