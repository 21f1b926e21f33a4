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

/** Han, kana and hangul: scripts written without spaces between words. */
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}"
const NOT_SEARCHED = new RegExp(`[^a-z0-9${CJK}]+`, "gu")
const HAS_CJK = new RegExp(`[${CJK}]`, "u")

/**
 * Folds text of any of the store's languages for search: like `foldText`
 * (Vietnamese accent-insensitive, English lower-cased) but keeping Chinese
 * (and Japanese, Korean) characters; full-width punctuation becomes a space
 * ("谅山八角（支陵大料）" → "谅山八角 支陵大料"). Composed again after
 * the marks are dropped, so a Korean syllable stays one character.
 */
export function foldSearch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(NOT_SEARCHED, " ")
    .trim()
}

const CJK_RUN = new RegExp(`[${CJK}]+`, "gu")

/**
 * The Chinese (Japanese, Korean) bigrams of folded text: each pair of
 * adjacent characters of a run written without spaces, once each, sorted
 * ("谅山八角 支陵大料" → 八角, 山八, 支陵, 大料, 谅山, 陵大). pg_trgm needs 3
 * characters to use its index, and most Chinese words are 2: a query word's
 * bigrams, all in a row's `search_bigrams` (GIN index), find the rows whose
 * search text can contain it; a single character has none (scan only).
 */
export function cjkBigrams(folded: string): string[] {
  const out = new Set<string>()
  for (const run of folded.match(CJK_RUN) ?? []) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  }
  return [...out].sort()
}

/** The folded words of a search query. */
export function searchWords(q: string): string[] {
  return foldSearch(q).split(" ").filter(Boolean)
}

/**
 * The LIKE pattern one folded query word matches in a search text (words
 * each preceded by a space): the start of a word ("na" does not find
 * "traditional"), or anywhere for a word with Chinese characters, whose
 * texts have no spaces between words ("八角" finds "谅山八角").
 */
export function wordPattern(word: string): string {
  return HAS_CJK.test(word) ? `%${word}%` : `% ${word}%`
}

/** The search text of some texts: folded, each word preceded by a space. */
export function searchTextOf(texts: (string | null | undefined)[]): string {
  return ` ${texts.filter(Boolean).map((t) => foldSearch(t!)).join(" ")}`
}

/**
 * True when every word of `q` starts a word of one of the texts
 * (accent-insensitive: "na chi lang" finds "Na Chi Lăng", "mat ong" finds
 * "Mật ong"; "na" does not find "traditional"), or, with Chinese
 * characters, appears anywhere in them ("八角" finds "谅山八角").
 */
export function matchesText(texts: (string | null | undefined)[], q: string): boolean {
  const words = searchWords(q)
  if (!words.length) return true
  const haystack = searchTextOf(texts)
  return words.every((w) => (HAS_CJK.test(w) ? haystack.includes(w) : haystack.includes(` ${w}`)))
}

const PLACE_PREFIX = /^(xa|phuong|thi tran|tt|huyen|thanh pho|tp|tinh) /

/** A commune or district name without its administrative prefix ("xã Chi Lăng" → "chi lang"). */
export function foldPlace(value: string): string {
  return foldText(value).replace(PLACE_PREFIX, "")
}
