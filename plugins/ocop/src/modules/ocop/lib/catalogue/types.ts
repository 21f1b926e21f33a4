import type { OcopGroup } from "../groups"
import type { StoredCertificationStatus } from "../badge"
import type { MarkUseRightDates } from "../mark-use"

export const CATALOGUE_ORDERS = [
  "stars", "-stars", "price", "-price", "title", "-title", "created_at", "-created_at",
] as const
export type CatalogueOrder = (typeof CATALOGUE_ORDERS)[number]

export const FACET_KEYS = ["stars", "group", "mark_kind", "district", "standard"] as const
export type FacetKey = (typeof FACET_KEYS)[number]
export type Facets = Record<FacetKey, Record<string, number>>

/** What the OCOP module knows about one product, for filtering and facets. */
export type OcopProductSummary = {
  product_id: string
  certification: {
    stars: number
    status: StoredCertificationStatus
    valid_until: Date | string
    group: OcopGroup
  } | null
  producer: { id: string; name: string; district: string | null; commune: string | null } | null
  season_months: number[] | null
  /** marks on the product; `use_right`: its producer's latest right to use the mark */
  marks: {
    id: string
    kind: string
    registry_number: string | null
    name: string
    use_right?: MarkUseRightDates | null
  }[]
  standard_kinds: string[]
  /** who the programme figures count the product under: its provenance's producer, else its certificate's */
  stats_producer_id?: string | null
  /** some certification record of the product is stored as expired */
  has_expired_certificate?: boolean
}

/**
 * The product fields the catalogue filters and sorts on. Only the id is
 * always read; title, subtitle and handle when searching (`q`) or sorting
 * by title, created_at when sorting by creation.
 */
export type CatalogueProductFields = {
  id: string
  title?: string
  subtitle?: string | null
  handle?: string
  created_at?: Date | string
}

/** One product joined with its OCOP summary and derived badge. */
export type CatalogueRow = {
  product: CatalogueProductFields
  summary: OcopProductSummary | null
  /** stars of the OCOP badge (active and in date), or null */
  badge_stars: number | null
}

export type CatalogueFilters = {
  q?: string
  min_stars?: number
  stars?: number[]
  group?: string[]
  mark_kind?: string[]
  /** mark ids or registry numbers */
  mark?: string[]
  district?: string[]
  commune?: string[]
  standard?: string[]
  producer_id?: string[]
  in_season?: boolean
  ocop_only?: boolean
}
