import type { CatalogueOrder, CatalogueRow } from "./types"

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true })

type Key = (row: CatalogueRow, prices: Map<string, number>) => number | string | null

const KEYS: Record<string, Key> = {
  stars: (row) => row.badge_stars,
  price: (row, prices) => prices.get(row.product.id) ?? null,
  title: (row) => row.product.title ?? null,
  created_at: (row) => (row.product.created_at ? new Date(row.product.created_at).getTime() : null),
}

function compareValues(a: number | string, b: number | string): number {
  return typeof a === "string" && typeof b === "string" ? collator.compare(a, b) : (a as number) - (b as number)
}

/**
 * Sorts rows by `order` ("-" for descending). Rows without a value (no
 * badge, no price) come last in both directions; ties go newest product
 * first (product ids are time-ordered ULIDs), so pages are stable.
 */
export function sortRows(
  rows: CatalogueRow[],
  order: CatalogueOrder,
  prices: Map<string, number> = new Map()
): CatalogueRow[] {
  const desc = order.startsWith("-")
  const key = KEYS[desc ? order.slice(1) : order]
  return [...rows].sort((x, y) => {
    const a = key(x, prices)
    const b = key(y, prices)
    if (a !== b) {
      if (a === null) return 1
      if (b === null) return -1
      const c = compareValues(a, b)
      if (c !== 0) return desc ? -c : c
    }
    return x.product.id < y.product.id ? 1 : x.product.id > y.product.id ? -1 : 0
  })
}

/** The catalogue's title collations (migrations; plain "C" where the server has no ICU). */
export const TITLE_COLLATIONS = { vi: "ocop_vi", zh: "ocop_zh", en: "ocop_en" } as const

/**
 * How `order=title` sorts for a request's locale (a BCP 47 tag, e.g.
 * "zh-CN"): by the title translated into that locale (the key of the
 * catalogue row's `titles`; the Vietnamese title where there is none), in
 * the collation of its language (Chinese by pinyin, English, else
 * Vietnamese). No locale: the Vietnamese title, in Vietnamese order.
 */
export function titleOrder(locale?: string | null): {
  titleLocale: string | null
  collation: (typeof TITLE_COLLATIONS)[keyof typeof TITLE_COLLATIONS]
} {
  if (!locale) return { titleLocale: null, collation: TITLE_COLLATIONS.vi }
  const language = locale.split("-")[0].toLowerCase()
  const collation = TITLE_COLLATIONS[language as keyof typeof TITLE_COLLATIONS] ?? TITLE_COLLATIONS.vi
  return { titleLocale: locale, collation }
}
