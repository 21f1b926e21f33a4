import type { OcopGroup } from "@ocop-live/ocop/modules/ocop/lib"

export type { OcopGroup }

export type ProducerType =
  | "cooperative"
  | "cooperative_group"
  | "enterprise"
  | "household_business"
  | "community"

export type CatalogueProducer = {
  key: string
  name: string
  type: ProducerType
  representative?: string
  /** business / cooperative registration number, only when a source gives it */
  registration_number?: string
  phone?: string
  address?: string
  /** post-07/2025 commune/ward, only when a source names it */
  commune?: string
  /** legacy (pre-07/2025) district; "Chưa xác định" when no source names it */
  district: string
  /** true when the legacy district was inferred from the commune name, not stated by a source */
  district_inferred?: boolean
  /** true when the sources do not name the producer: `name` is descriptive only */
  placeholder?: boolean
  story_vi: string
  story_en: string
}

export type CatalogueVariant = {
  /** e.g. "1 kg", "Hộp 3 kg" */
  title: string
  sku: string
  /** integer VND */
  price: number
  /** false only when a source gives the price (✅) */
  price_estimated: boolean
  /** net weight; approximate for liquids */
  weight_g?: number
  stock: number
}

export type CatalogueCertification = {
  stars: 3 | 4 | 5
  year: number
  /** YYYY-MM-DD, only when a source gives the date */
  decided_at?: string
  /** only when a source gives it; NEVER invented */
  decision_number?: string
  group: OcopGroup
  subgroup: string
  /** part scores, only when a source gives them */
  score?: { a: number; b: number; c: number }
  /** total score, only when a source gives it (e.g. 70 points) */
  score_total?: number
  /** evaluation round as reported, e.g. "2025 đợt 2" */
  round?: string
  history?: { stars: 3 | 4 | 5; year: number }[]
  /** caveats (uncertain year, name spelling, …) */
  note?: string
}

export type CatalogueSeason = {
  months: number[]
  /** off-season months, when reported */
  off_season_months?: number[]
  uncertain: boolean
}

export type CatalogueProduct = {
  row: number | "extra"
  handle: string
  /** Vietnamese */
  title: string
  /** English */
  subtitle: string
  /** Vietnamese, 1-3 sentences */
  description: string
  description_en: string
  /** producer key */
  producer: string
  /** null when stars are "?" or the row is an extra row (except the tourism experience) */
  ocop: CatalogueCertification | null
  /** keys of MARKS that apply to the product */
  marks: string[]
  /** codes of PLANTING_AREAS */
  planting_areas?: string[]
  /** keys of STANDARDS */
  standards?: string[]
  season?: CatalogueSeason
  variants: CatalogueVariant[]
  /** handle of a CATEGORIES entry */
  category: string
  tags?: string[]
  is_experience?: boolean
}

export type CatalogueCategory = {
  handle: string
  name: string
  name_en: string
}
