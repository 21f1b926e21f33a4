import { normalizeText } from "./text"

/** Words that name the province or the programme, not a product. */
const GENERIC = new Set(["ocop", "lang", "son", "xu", "dac", "san", "mua", "ban", "gia", "re", "o", "tai", "va", "cua"])

const words = (text: string) => normalizeText(text).split(" ").filter((w) => w.length >= 2)

export type SearchCount = { week: string; query_norm: string; events: number }
export type NamedProduct = { id: string; title: string; subtitle?: string | null }

/**
 * Gives each search that named no product to the products whose title or
 * subtitle contains every one of its non-generic words (as word prefixes):
 * "hong khong hat" → Hồng không hạt Bảo Lâm. A search matching several
 * products is shared equally; one matching none is left out.
 * Returns product id → week → searches.
 */
export function attributeSearches(searches: SearchCount[], products: NamedProduct[]) {
  const index = products.map((p) => ({ id: p.id, words: words(`${p.title} ${p.subtitle ?? ""}`) }))
  const matchesOf = new Map<string, string[]>()
  const out: Record<string, Record<string, number>> = {}
  for (const s of searches) {
    if (!matchesOf.has(s.query_norm)) {
      const terms = words(s.query_norm).filter((w) => !GENERIC.has(w))
      matchesOf.set(
        s.query_norm,
        terms.length ? index.filter((p) => terms.every((t) => p.words.some((w) => w.startsWith(t)))).map((p) => p.id) : []
      )
    }
    const ids = matchesOf.get(s.query_norm)!
    for (const id of ids) {
      out[id] ??= {}
      out[id][s.week] = (out[id][s.week] ?? 0) + s.events / ids.length
    }
  }
  return out
}
