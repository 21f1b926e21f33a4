import { isInSeason } from "./season"
import { foldPlace, matchesText } from "./text"
import type { CatalogueFilters, CatalogueRow, FacetKey } from "./types"

const anyOf = <T>(wanted: T[] | undefined, have: T[]) =>
  !wanted?.length || wanted.some((w) => have.includes(w))

/**
 * Each filter as a predicate. A facet is counted with every filter except
 * the ones it owns (`stars` owns both `min_stars` and `stars`).
 */
const PREDICATES: {
  owner?: FacetKey
  test: (row: CatalogueRow, f: CatalogueFilters, month: number) => boolean
}[] = [
  {
    test: (row, f) =>
      !f.q ||
      matchesText(
        [
          row.product.title,
          row.product.subtitle,
          row.product.handle,
          row.summary?.producer?.name,
          row.summary?.producer?.district,
          row.summary?.producer?.commune,
          ...(row.summary?.marks ?? []).map((m) => m.name),
        ],
        f.q
      ),
  },
  { test: (row, f) => !f.ocop_only || row.badge_stars !== null },
  {
    owner: "stars",
    test: (row, f) => f.min_stars === undefined || (row.badge_stars ?? 0) >= f.min_stars,
  },
  {
    owner: "stars",
    test: (row, f) => !f.stars?.length || (row.badge_stars !== null && f.stars.includes(row.badge_stars)),
  },
  {
    owner: "group",
    test: (row, f) => anyOf(f.group, row.summary?.certification ? [row.summary.certification.group] : []),
  },
  {
    owner: "mark_kind",
    test: (row, f) => anyOf(f.mark_kind, (row.summary?.marks ?? []).map((m) => m.kind)),
  },
  {
    test: (row, f) =>
      anyOf(
        f.mark,
        (row.summary?.marks ?? []).flatMap((m) => [m.id, m.registry_number].filter(Boolean) as string[])
      ),
  },
  {
    owner: "district",
    test: (row, f) => anyOf(f.district?.map(foldPlace), placeOf(row.summary?.producer?.district)),
  },
  {
    test: (row, f) => anyOf(f.commune?.map(foldPlace), placeOf(row.summary?.producer?.commune)),
  },
  {
    owner: "standard",
    test: (row, f) => anyOf(f.standard, row.summary?.standard_kinds ?? []),
  },
  {
    test: (row, f) => anyOf(f.producer_id, row.summary?.producer ? [row.summary.producer.id] : []),
  },
  {
    test: (row, f, month) => !f.in_season || isInSeason(row.summary?.season_months, month),
  },
]

function placeOf(name: string | null | undefined): string[] {
  return name ? [foldPlace(name)] : []
}

/** True when the row passes every filter, ignoring those owned by `except`. */
export function rowMatches(
  row: CatalogueRow,
  filters: CatalogueFilters,
  month: number,
  except?: FacetKey
): boolean {
  return PREDICATES.every((p) => (except && p.owner === except) || p.test(row, filters, month))
}

export function filterRows(rows: CatalogueRow[], filters: CatalogueFilters, month: number): CatalogueRow[] {
  return rows.filter((row) => rowMatches(row, filters, month))
}
