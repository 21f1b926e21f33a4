/**
 * Folds Vietnamese text for matching: lower case, no tone or vowel marks,
 * "đ" as "d", punctuation and hyphens as spaces ("Na Chi Lăng" and
 * "na-chi-lang" both become "na chi lang").
 */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}

/**
 * True when every word of `q` starts a word of one of the texts
 * (accent-insensitive: "na chi lang" finds "Na Chi Lăng", "mat ong" finds
 * "Mật ong"; "na" does not find "traditional").
 */
export function matchesText(texts: (string | null | undefined)[], q: string): boolean {
  const words = foldText(q).split(" ").filter(Boolean)
  if (!words.length) return true
  const haystack = ` ${texts.filter(Boolean).map((t) => foldText(t!)).join(" ")}`
  return words.every((w) => haystack.includes(` ${w}`))
}

const PLACE_PREFIX = /^(xa|phuong|thi tran|tt|huyen|thanh pho|tp|tinh) /

/** A commune or district name without its administrative prefix ("xã Chi Lăng" → "chi lang"). */
export function foldPlace(value: string): string {
  return foldText(value).replace(PLACE_PREFIX, "")
}
