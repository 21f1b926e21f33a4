/**
 * The catalogue page's query (`/[locale]/products?…`), read one way by the
 * page and by the storefront server's page cache. Pure: no Next import.
 *
 * `parseCatalogueQuery` keeps what the page uses (anything else is dropped:
 * an unknown param, a star rating out of 3-5, an unknown order, an empty
 * value); `catalogueSearch` writes it back in one normal form (keys sorted,
 * list values deduplicated and sorted, defaults left out). The page renders
 * from the parsed query only, so two URLs with the same normal form get the
 * same HTML and may share one cached copy (server/catalogue-pages.ts).
 */
export const CATALOGUE_ORDERS = ["-stars", "stars", "price", "-price", "title", "-created_at"] as const
export type CatalogueOrder = (typeof CATALOGUE_ORDERS)[number]
export const DEFAULT_ORDER: CatalogueOrder = "-stars"
export const CATALOGUE_PAGE_SIZE = 24
export const MAX_QUERY_LENGTH = 100

export const FACET_KEYS = ["stars", "group", "mark_kind", "district", "standard"] as const
export type FacetKey = (typeof FACET_KEYS)[number]

export type CatalogueParams = {
  q: string
  order: CatalogueOrder
  page: number
  min_stars?: number
  selected: Record<FacetKey, string[]>
  in_season: boolean
}

export type RawSearch = Record<string, string | string[] | undefined>

/** At most this many values per facet and this long each: longer lists are cut (the backend's enums are short). */
const MAX_VALUES = 20
const MAX_VALUE_LENGTH = 100

const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v])
const one = (v: string | string[] | undefined) => all(v)[0]

/** Repeated keys or comma lists, trimmed, deduplicated, sorted. */
function listOf(v: string | string[] | undefined, valid: (s: string) => boolean = () => true): string[] {
  const values = all(v)
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter((s) => s && s.length <= MAX_VALUE_LENGTH && valid(s))
  return [...new Set(values)].sort().slice(0, MAX_VALUES)
}

export function parseCatalogueQuery(sp: RawSearch): CatalogueParams {
  const order = CATALOGUE_ORDERS.find((o) => o === one(sp.order)) ?? DEFAULT_ORDER
  const page = Math.floor(Number(one(sp.page)))
  const minStars = Number(one(sp.min_stars))
  return {
    q: (one(sp.q) ?? "").trim().slice(0, MAX_QUERY_LENGTH),
    order,
    page: Number.isFinite(page) && page > 1 ? page : 1,
    min_stars: Number.isInteger(minStars) && minStars >= 3 && minStars <= 5 ? minStars : undefined,
    selected: {
      stars: listOf(sp.stars, (s) => /^[3-5]$/.test(s)),
      group: listOf(sp.group),
      mark_kind: listOf(sp.mark_kind),
      district: listOf(sp.district),
      standard: listOf(sp.standard),
    },
    in_season: one(sp.in_season) === "true",
  }
}

/** The query in its normal form. */
export function catalogueSearch(p: CatalogueParams): URLSearchParams {
  const pairs: [string, string][] = []
  for (const key of FACET_KEYS) for (const v of p.selected[key]) pairs.push([key, v])
  if (p.in_season) pairs.push(["in_season", "true"])
  if (p.min_stars !== undefined) pairs.push(["min_stars", String(p.min_stars)])
  if (p.order !== DEFAULT_ORDER) pairs.push(["order", p.order])
  if (p.page > 1) pairs.push(["page", String(p.page)])
  if (p.q) pairs.push(["q", p.q])
  // stable sort: by key, list values keep their sorted order
  return new URLSearchParams(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** A URLSearchParams as the record Next hands a page (repeated keys as arrays). */
export function searchRecord(search: URLSearchParams): RawSearch {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of search) {
    const had = out[k]
    out[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v]
  }
  return out
}
