import { OCOP_GROUPS } from "../groups"
import { rowMatches } from "./filters"
import type { CatalogueFilters, CatalogueRow, FacetKey, Facets } from "./types"

const MARK_KINDS = ["geographical_indication", "collective_mark", "certification_mark"]
const STANDARD_KINDS = ["vietgap", "organic", "globalgap"]

/** The facet values a row counts towards (each at most once). */
const VALUES: Record<FacetKey, (row: CatalogueRow) => string[]> = {
  stars: (row) => (row.badge_stars === null ? [] : [String(row.badge_stars)]),
  group: (row) => (row.summary?.certification ? [row.summary.certification.group] : []),
  mark_kind: (row) => [...new Set((row.summary?.marks ?? []).map((m) => m.kind))],
  district: (row) => (row.summary?.producer?.district ? [row.summary.producer.district] : []),
  standard: (row) => [...new Set(row.summary?.standard_kinds ?? [])],
}

const zeros = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 0]))

/** Fixed facet keys are always present (0 when none); districts appear as found. */
const INITIAL: Record<FacetKey, () => Record<string, number>> = {
  stars: () => zeros(["3", "4", "5"]),
  group: () => zeros([...OCOP_GROUPS]),
  mark_kind: () => zeros(MARK_KINDS),
  district: () => ({}),
  standard: () => zeros(STANDARD_KINDS),
}

/**
 * Facet counts for the current query: each facet is counted over the rows
 * matching every filter except its own, so a shopper sees what choosing
 * another value of that facet would give.
 */
export function countFacets(rows: CatalogueRow[], filters: CatalogueFilters, month: number): Facets {
  const facets = {} as Facets
  for (const key of Object.keys(VALUES) as FacetKey[]) {
    const counts = INITIAL[key]()
    for (const row of rows) {
      if (!rowMatches(row, filters, month, key)) continue
      for (const value of VALUES[key](row)) {
        counts[value] = (counts[value] ?? 0) + 1
      }
    }
    facets[key] = counts
  }
  return facets
}
