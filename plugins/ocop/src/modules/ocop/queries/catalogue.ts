import { titleOrder } from "../lib/catalogue/order"
import { cjkBigrams, foldPlace, searchWords, wordPattern } from "../lib/catalogue/text"
import type { CatalogueFilters, CatalogueOrder, FacetKey } from "../lib/catalogue/types"
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

/** A mark `m` (jsonb element) whose right is held at `b.now`. */
const HELD = sql`(m->>'granted_at')::timestamptz <= b.now
  AND (m->>'revoked_at' IS NULL OR (m->>'revoked_at')::timestamptz > b.now)
  AND (m->>'valid_until' IS NULL OR (m->>'valid_until')::timestamptz > b.now)`

const heldMark = (condition: Sql) =>
  sql`EXISTS (SELECT 1 FROM jsonb_array_elements(b.marks) m WHERE ${HELD} AND ${condition})`

const texts = (values: string[]) => textArrayLiteral(values)

/**
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

export function filterConditions(f: CatalogueQuery["filters"], month: number): FilterCondition[] {
  const out: FilterCondition[] = []
  if (f.ocop_only) out.push({ sql: sql`b.badge_stars IS NOT NULL` })
  if (f.min_stars !== undefined) out.push({ owner: "stars", sql: sql`COALESCE(b.badge_stars, 0) >= ${f.min_stars}` })
  if (f.stars?.length) out.push({ owner: "stars", sql: sql`b.badge_stars = ANY(${`{${f.stars.join(",")}}`}::int[])` })
  if (f.group?.length) out.push({ owner: "group", sql: sql`b."group" = ANY(${texts(f.group)}::text[])` })
  if (f.mark_kind?.length) out.push({ owner: "mark_kind", sql: heldMark(sql`m->>'kind' = ANY(${texts(f.mark_kind)}::text[])`) })
  if (f.mark?.length) {
    const keys = texts(f.mark)
    out.push({ sql: heldMark(sql`(m->>'id' = ANY(${keys}::text[]) OR m->>'registry_number' = ANY(${keys}::text[]))`) })
  }
  if (f.district?.length) out.push({ owner: "district", sql: sql`b.district_key = ANY(${texts(f.district.map(foldPlace))}::text[])` })
  if (f.commune?.length) out.push({ row: true, sql: sql`b.commune_key = ANY(${texts(f.commune.map(foldPlace))}::text[])` })
  if (f.standard?.length) out.push({ owner: "standard", sql: sql`b.standard_kinds && ${texts(f.standard)}::text[]` })
  if (f.producer_id?.length) out.push({ row: true, sql: sql`b.producer_id = ANY(${texts(f.producer_id)}::text[])` })
  if (f.in_season) out.push({ row: true, sql: sql`b.season_months @> ${JSON.stringify([month])}::jsonb` })
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

/** A facet of one value per product (stars, group, district): counted by plain grouping. */
const facet = (name: FacetKey, value: Sql, where: Sql, from: Sql = sql`b`) =>
  sql`(SELECT jsonb_object_agg(k, n) FROM (
    SELECT ${value} AS k, count(*)::int AS n FROM ${from} WHERE ${where} GROUP BY 1) f WHERE k IS NOT NULL) AS ${raw(name)}`

/**
 * One statement: the matching count, the page's product ids in order (with
 * their rows' versions) and each facet counted over the rows matching every
 * filter but its own. `b` is read once and materialised: the count, the page
 * and each facet scan it (no copy of the matching rows: each filters `b`);
 * the page is a top-N sort, not a numbering of every match.
 */
export function catalogueSql(q: CatalogueQuery): Sql {
  const all = filterConditions(q.filters, q.month)
  const conditions = all.filter((c) => !c.row)
  const except = (owner?: FacetKey) => allOf(conditions.filter((c) => !owner || c.owner !== owner).map((c) => c.sql))
  const key = sortKey(q.order, q.currency_code, q.locale)
  const ordered = orderBy(q.order, q.locale)
  // only the columns the count, the page and the facets read; `marks` only where there are some
  return sql`
WITH b AS MATERIALIZED (
  SELECT b.product_id, b.updated_at, ${key ? sql`${key} AS sort_key, ` : raw("")}b."group", b.district, b.district_key,
    CASE WHEN b.marks <> '[]'::jsonb THEN b.marks END AS marks, b.standard_kinds,
    CASE WHEN b.cert_status = 'active' AND b.valid_until >= ${q.cutoff}::timestamptz AND COALESCE(b.stars, 3) >= 3
      THEN b.stars END AS badge_stars,
    ${q.now}::timestamptz AS now
  FROM ocop_catalogue_entry b
  WHERE b.deleted_at IS NULL AND b.status = 'published' AND b.sales_channel_ids && ${texts(q.sales_channel_ids)}::text[]
    AND ${allOf([...searchConditions(q.filters.q), ...all.filter((c) => c.row).map((c) => c.sql)])}
),
page AS (
  SELECT COALESCE(array_agg(b.product_id ORDER BY ${ordered}), '{}') AS product_ids,
    COALESCE(array_agg((extract(epoch FROM b.updated_at) * 1000000)::bigint::text ORDER BY ${ordered}), '{}') AS row_versions
  FROM (SELECT * FROM b WHERE ${except()} ORDER BY ${ordered} LIMIT ${q.limit} OFFSET ${q.offset}) b
)
SELECT
  (SELECT count(*)::int FROM b WHERE ${except()}) AS count,
  page.product_ids, page.row_versions,
  ${joinSql(
    [
      facet("stars", sql`b.badge_stars::text`, except("stars")),
      facet("group", sql`b."group"`, except("group")),
      // a product counts once per kind it holds (several marks may share a kind)
      facet("mark_kind", sql`m.kind`, sql`b.marks IS NOT NULL AND ${except("mark_kind")}`,
        sql`b, LATERAL (SELECT DISTINCT m->>'kind' AS kind FROM jsonb_array_elements(b.marks) m WHERE ${HELD}) m`),
      facet("district", sql`b.district`, except("district")),
      // `standard_kinds` holds each kind once (lib/catalogue/entry.ts)
      facet("standard", sql`s.kind`, sql`b.standard_kinds <> '{}' AND ${except("standard")}`, sql`b, unnest(b.standard_kinds) s(kind)`),
    ],
    ",\n  "
  )}
FROM page`
}
