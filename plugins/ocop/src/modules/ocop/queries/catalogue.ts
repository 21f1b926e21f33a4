import { titleOrder } from "../lib/catalogue/order"
import { cjkBigrams, foldPlace, searchWords, wordPattern } from "../lib/catalogue/text"
import { FACET_KEYS, type CatalogueFilters, type CatalogueOrder, type FacetKey } from "../lib/catalogue/types"
import { MARK_KINDS } from "../models/mark"
import { STANDARD_KINDS } from "../models/standard"
import { textArrayLiteral } from "./text-array"
import { allOf, joinSql, raw, Sql, sql } from "./sql-fragment"

/** What the store catalogue asks of the read model. */
export type CatalogueQuery = {
  filters: CatalogueFilters & { in_stock?: boolean }
  order: CatalogueOrder
  limit: number
  offset: number
  sales_channel_ids: string[]
  /** currency whose lowest base price orders by price */
  currency_code: string
  /** start of today (UTC): certificates valid until before it have no badge */
  cutoff: Date
  now: Date
  /** calendar month in Vietnam, for in_season */
  month: number
  /** the request's locale: `order=title` sorts by the title in it (`titleOrder`) */
  locale?: string | null
}

export type CatalogueQueryRow = {
  count: number
  product_ids: string[]
  /** each page row's version (its `updated_at` in µs, as text): a product's cached card is keyed by it */
  row_versions: string[]
  stars: Record<string, number> | null
  group: Record<string, number> | null
  mark_kind: Record<string, number> | null
  district: Record<string, number> | null
  standard: Record<string, number> | null
}

/** A mark `m` (jsonb element) whose right is held at `now`. */
const held = (now: Date) => sql`(m->>'granted_at')::timestamptz <= ${now}::timestamptz
  AND (m->>'revoked_at' IS NULL OR (m->>'revoked_at')::timestamptz > ${now}::timestamptz)
  AND (m->>'valid_until' IS NULL OR (m->>'valid_until')::timestamptz > ${now}::timestamptz)`

const texts = (values: string[]) => textArrayLiteral(values)

/**
 * The search words `q` as conditions on the table (`b` in the statement),
 * applied while it is read so its indexes serve them (no facet owns them):
 * every word in the search text, a Chinese one's bigrams first in
 * `search_bigrams` (GIN; a 2-character word has no trigram for pg_trgm's index).
 */
export function searchConditions(q: string | undefined): Sql[] {
  return (q ? searchWords(q) : []).map((word) => {
    const like = sql`b.search_text LIKE ${wordPattern(word)}`
    const bigrams = cjkBigrams(word)
    return bigrams.length ? sql`b.search_bigrams @> ${texts(bigrams)}::text[] AND ${like}` : like
  })
}

/**
 * Each filter but `q` as SQL over `b`, with the facet that owns it (counted
 * without it). `row`: it reads only stored columns and no facet owns it, so
 * it is applied while reading the table and its columns stay out of `b`.
 */
export type FilterCondition = { owner?: FacetKey; row?: true; sql: Sql }

export function filterConditions(f: CatalogueQuery["filters"], month: number, now: Date): FilterCondition[] {
  const out: FilterCondition[] = []
  if (f.ocop_only) out.push({ sql: sql`b.badge_stars IS NOT NULL` })
  if (f.min_stars !== undefined) out.push({ owner: "stars", sql: sql`COALESCE(b.badge_stars, 0) >= ${f.min_stars}` })
  if (f.stars?.length) out.push({ owner: "stars", sql: sql`b.badge_stars = ANY(${`{${f.stars.join(",")}}`}::int[])` })
  if (f.group?.length) out.push({ owner: "group", sql: sql`b."group" = ANY(${texts(f.group)}::text[])` })
  // `b.mark_kinds`: the kinds of the marks whose right is held (see catalogueSql)
  if (f.mark_kind?.length) out.push({ owner: "mark_kind", sql: sql`b.mark_kinds && ${texts(f.mark_kind)}::text[]` })
  if (f.mark?.length) {
    const keys = texts(f.mark)
    out.push({
      row: true,
      sql: sql`EXISTS (SELECT 1 FROM jsonb_array_elements(b.marks) m WHERE ${held(now)}
        AND (m->>'id' = ANY(${keys}::text[]) OR m->>'registry_number' = ANY(${keys}::text[])))`,
    })
  }
  if (f.district?.length) out.push({ owner: "district", sql: sql`b.district_key = ANY(${texts(f.district.map(foldPlace))}::text[])` })
  if (f.commune?.length) out.push({ row: true, sql: sql`b.commune_key = ANY(${texts(f.commune.map(foldPlace))}::text[])` })
  if (f.standard?.length) out.push({ owner: "standard", sql: sql`b.standard_kinds && ${texts(f.standard)}::text[]` })
  if (f.producer_id?.length) out.push({ row: true, sql: sql`b.producer_id = ANY(${texts(f.producer_id)}::text[])` })
  if (f.in_season) out.push({ row: true, sql: sql`b.season_mask & ${1 << (month - 1)} <> 0` })
  if (f.in_stock !== undefined) out.push({ row: true, sql: sql`b.in_stock = ${f.in_stock}` })
  return out
}

/**
 * The page's sort key read from the table into `b` as `sort_key`, so `b`
 * keeps one value per row instead of the column it comes from (`prices` holds
 * every currency); `null` for stars, which sort by the badge `b` has anyway.
 */
export function sortKey(order: CatalogueOrder, currency: string, locale?: string | null): Sql | null {
  switch (order.replace(/^-/, "")) {
    case "price":
      return sql`(b.prices->>${currency})::numeric`
    case "title": {
      const { titleLocale } = titleOrder(locale)
      return titleLocale ? sql`COALESCE(b.titles->>${titleLocale}, b.title)` : sql`b.title`
    }
    case "created_at":
      return sql`b.product_created_at`
    default:
      return null
  }
}

/** ORDER BY for the page over `b`: rows without a value last both ways; ties newest product first. */
export function orderBy(order: CatalogueOrder, locale?: string | null): Sql {
  const desc = order.startsWith("-")
  const field = desc ? order.slice(1) : order
  const key =
    field === "stars" ? sql`b.badge_stars`
    : field === "title" ? sql`b.sort_key COLLATE ${raw(titleOrder(locale).collation)}`
    : sql`b.sort_key`
  return sql`${key} ${raw(desc ? "DESC" : "ASC")} NULLS LAST, b.product_id DESC`
}

/**
 * The kinds a product counts once each towards, by facet: a kind is in
 * `b.mark_kinds` (held marks) or `b.standard_kinds`. The models' enums, as
 * the facets' fixed keys (lib/catalogue/facets.ts).
 */
const KIND_FACETS = [
  { name: "mark_kind", column: "mark_kinds", kinds: MARK_KINDS },
  { name: "standard", column: "standard_kinds", kinds: STANDARD_KINDS },
] as const

/** The facets of one value per row: grouped by in `counts`, then summed per value. */
const VALUE_FACETS = [
  { name: "stars", value: "badge_stars" },
  { name: "group", value: "\"group\"" },
  { name: "district", value: "district" },
] as const

const kindColumn = (facet: string, i: number) => raw(`n_${facet}_${i}`)

/**
 * `counts`: the rows of `b` grouped by their stars, group and district (a
 * few hundred groups at most), with per group the rows matching every filter
 * (`n`), and, for each facet, those matching every filter but its own, in
 * total or for each kind. One pass over the rows; the facets sum the groups.
 */
function countsSql(except: (owner?: FacetKey) => Sql): Sql {
  const columns = [
    sql`count(*) FILTER (WHERE ${except()})::int AS n`,
    ...VALUE_FACETS.map((f) => sql`count(*) FILTER (WHERE ${except(f.name)})::int AS ${raw(`n_${f.name}`)}`),
    ...KIND_FACETS.flatMap((f) =>
      f.kinds.map(
        (kind, i) =>
          sql`count(*) FILTER (WHERE ${kind} = ANY(b.${raw(f.column)}) AND ${except(f.name)})::int AS ${kindColumn(f.name, i)}`
      )
    ),
  ]
  return sql`SELECT ${joinSql(VALUE_FACETS.map((f) => raw(`b.${f.value}`)), ", ")},
    ${joinSql(columns, ",\n    ")}
  FROM b GROUP BY 1, 2, 3`
}

/** A facet's counts as a JSON object of the values counted at least once (null when none). */
const facetOf = (rows: Sql, name: string) =>
  sql`(SELECT jsonb_object_agg(k, n) FROM (${rows}) f WHERE k IS NOT NULL AND n > 0) AS ${raw(`"${name}"`)}`

/** Each facet's JSON object, in the order of FACET_KEYS. */
function facetsSql(): Sql[] {
  const byName: Record<string, Sql> = {}
  for (const f of VALUE_FACETS) {
    byName[f.name] = facetOf(sql`SELECT c.${raw(f.value)}::text AS k, sum(c.${raw(`n_${f.name}`)})::int AS n FROM counts c GROUP BY 1`, f.name)
  }
  for (const f of KIND_FACETS) {
    const values = joinSql(f.kinds.map((kind, i) => sql`(${kind}, c.${kindColumn(f.name, i)})`), ", ")
    byName[f.name] = facetOf(sql`SELECT v.k, sum(v.n)::int AS n FROM counts c, LATERAL (VALUES ${values}) v(k, n) GROUP BY 1`, f.name)
  }
  return FACET_KEYS.map((key) => byName[key])
}

/**
 * One statement: the matching count, the page's product ids in order (with
 * their rows' versions) and each facet counted over the rows matching every
 * filter but its own, over the narrow `ocop_catalogue_listing` rows of the
 * key's channels (`b`, each row's values computed once). Two passes over
 * them, neither copying rows: the page is a top-N sort of the rows matching
 * every filter; the count and the facets are one grouping (`counts`).
 */
export function catalogueSql(q: CatalogueQuery): Sql {
  const all = filterConditions(q.filters, q.month, q.now)
  const conditions = all.filter((c) => !c.row)
  const except = (owner?: FacetKey) => allOf(conditions.filter((c) => !owner || c.owner !== owner).map((c) => c.sql))
  const key = sortKey(q.order, q.currency_code, q.locale)
  const ordered = orderBy(q.order, q.locale)
  const search = searchConditions(q.filters.q)
  const rowConditions = [...search, ...all.filter((c) => c.row).map((c) => c.sql)]
  // OFFSET 0 keeps `b` a subquery, so its values are computed once per row, not in every expression using
  // them; a search reads the rows once (the search text is the costly part) and keeps the few it finds
  return sql`
WITH b AS ${raw(search.length ? "MATERIALIZED" : "NOT MATERIALIZED")} (
  SELECT b.product_id, b.version, ${key ? sql`${key} AS sort_key, ` : raw("")}b."group", b.district, b.district_key, b.standard_kinds,
    CASE WHEN b.marks IS NOT NULL THEN ARRAY(SELECT DISTINCT m->>'kind' FROM jsonb_array_elements(b.marks) m WHERE ${held(q.now)}) END AS mark_kinds,
    CASE WHEN b.badge_until >= ${q.cutoff}::timestamptz THEN b.stars END AS badge_stars
  FROM ocop_catalogue_listing b
  WHERE b.sales_channel_ids && ${texts(q.sales_channel_ids)}::text[] AND ${allOf(rowConditions)}
  OFFSET 0
),
page AS (
  SELECT COALESCE(array_agg(b.product_id ORDER BY ${ordered}), '{}') AS product_ids,
    COALESCE(array_agg((extract(epoch FROM b.version) * 1000000)::bigint::text ORDER BY ${ordered}), '{}') AS row_versions
  FROM (SELECT * FROM b WHERE ${except()} ORDER BY ${ordered} LIMIT ${q.limit} OFFSET ${q.offset}) b
),
counts AS (
  ${countsSql(except)}
)
SELECT
  (SELECT COALESCE(sum(c.n), 0)::int FROM counts c) AS count,
  page.product_ids, page.row_versions,
  ${joinSql(facetsSql(), ",\n  ")}
FROM page`
}
