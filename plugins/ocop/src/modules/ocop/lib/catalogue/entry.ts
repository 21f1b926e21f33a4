import { cjkBigrams, foldPlace, searchTextOf } from "./text"
import type { OcopProductSummary } from "./types"

/** A product as the refresh workflow reads it through Query. */
export type CatalogueSourceProduct = {
  id: string
  status: string
  title: string
  subtitle?: string | null
  handle: string
  created_at: Date | string
  sales_channels?: { id: string }[] | null
  variants?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    prices?: { amount: number | string; currency_code: string; price_list_id?: string | null; rules_count?: number | null }[] | null
    inventory_items?: {
      required_quantity?: number | null
      inventory?: { location_levels?: { stocked_quantity?: number | null; reserved_quantity?: number | null }[] | null } | null
    }[] | null
  }[] | null
}

/** A product's texts in one locale, from the Translation Module (`reference: "product"`). */
export type ProductTranslation = {
  locale_code: string
  translations?: { title?: string | null; subtitle?: string | null } | Record<string, unknown> | null
}

/** One `ocop_catalogue_entry` row (without its id). */
export type CatalogueEntryInput = {
  product_id: string
  status: string
  sales_channel_ids: string[]
  title: string
  handle: string
  search_text: string
  /** the Chinese bigrams of `search_text` (`cjkBigrams`), for short Chinese queries */
  search_bigrams: string[]
  /** the translated titles by locale code, e.g. { "zh-CN": "谅山八角（支陵大料）" } */
  titles: Record<string, string>
  product_created_at: Date
  prices: Record<string, number>
  in_stock: boolean
  stars: number | null
  cert_status: string | null
  valid_until: Date | null
  group: string | null
  producer_id: string | null
  district: string | null
  district_key: string | null
  commune_key: string | null
  season_months: number[] | null
  marks: { id: string; kind: string; registry_number: string | null; granted_at: string; valid_until: string | null; revoked_at: string | null }[]
  standard_kinds: string[]
  /** for the programme figures: the producer counted, any mark (with or without a use right), an expired record */
  stats_producer_id: string | null
  has_marks: boolean
  has_expired_certificate: boolean
  /** when the refresh that built the row started reading its sources */
  source_at?: Date | string
}

const isoOrNull = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** Lowest base price (no price list, no rules) per currency over the product's variants. */
export function lowestBasePrices(product: CatalogueSourceProduct): Record<string, number> {
  const lowest: Record<string, number> = {}
  for (const variant of product.variants ?? []) {
    for (const price of variant.prices ?? []) {
      if (price.price_list_id || (price.rules_count ?? 0) > 0) continue
      const amount = Number(price.amount)
      const code = price.currency_code.toLowerCase()
      if (Number.isFinite(amount) && !(amount >= lowest[code])) lowest[code] = amount
    }
  }
  return lowest
}

/**
 * In stock: some variant can be sold, because it does not manage
 * inventory, allows backorders, or every inventory item it needs has
 * enough available (stocked - reserved) across locations.
 */
export function isInStock(product: CatalogueSourceProduct): boolean {
  return (product.variants ?? []).some((v) => {
    if (v.manage_inventory === false || v.allow_backorder) return true
    const items = v.inventory_items ?? []
    if (!items.length) return false
    return items.every((item) => {
      const levels = item.inventory?.location_levels ?? []
      const available = levels.reduce(
        (sum, l) => sum + Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0),
        0
      )
      return available >= Number(item.required_quantity ?? 1)
    })
  })
}

const textOf = (value: unknown) => (typeof value === "string" && value.trim() ? value : null)

/** The translated titles by locale code (the last one of a locale wins; empty titles left out). */
export function translatedTitles(translations: ProductTranslation[]): Record<string, string> {
  const titles: Record<string, string> = {}
  for (const t of translations) {
    const title = textOf(t.translations?.title)
    if (title) titles[t.locale_code] = title
  }
  return Object.fromEntries(Object.entries(titles).sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * The words `q` is matched against (what the catalogue searched before it
 * had a read model): title, subtitle, handle, producer name, district,
 * commune and the names of marks with a recorded right, then the title and
 * subtitle in every language the Translation Module has ("八角", "star
 * anise" find the star anise). Folded, each word preceded by a space, so
 * "word starts" is `LIKE '% word%'` (Chinese: `LIKE '%八角%'`).
 */
export function searchText(
  product: CatalogueSourceProduct,
  summary: OcopProductSummary | null,
  translations: ProductTranslation[] = []
): string {
  return searchTextOf([
    product.title,
    product.subtitle,
    product.handle,
    summary?.producer?.name,
    summary?.producer?.district,
    summary?.producer?.commune,
    ...(summary?.marks ?? []).filter((m) => m.use_right).map((m) => m.name),
    ...translations.flatMap((t) => [textOf(t.translations?.title), textOf(t.translations?.subtitle)]),
  ])
}

/** The catalogue row of a product, its OCOP summary (null: no OCOP data) and its translations. */
export function toCatalogueEntry(
  product: CatalogueSourceProduct,
  summary: OcopProductSummary | null,
  translations: ProductTranslation[] = []
): CatalogueEntryInput {
  const cert = summary?.certification ?? null
  const producer = summary?.producer ?? null
  const search_text = searchText(product, summary, translations)
  return {
    product_id: product.id,
    status: product.status,
    sales_channel_ids: [...new Set((product.sales_channels ?? []).map((c) => c.id))].sort(),
    title: product.title,
    handle: product.handle,
    search_text,
    search_bigrams: cjkBigrams(search_text),
    titles: translatedTitles(translations),
    product_created_at: new Date(product.created_at),
    prices: lowestBasePrices(product),
    in_stock: isInStock(product),
    stars: cert?.stars ?? null,
    cert_status: cert?.status ?? null,
    valid_until: cert ? new Date(cert.valid_until) : null,
    group: cert?.group ?? null,
    producer_id: producer?.id ?? null,
    district: producer?.district ?? null,
    district_key: producer?.district ? foldPlace(producer.district) : null,
    commune_key: producer?.commune ? foldPlace(producer.commune) : null,
    season_months: summary?.season_months ?? null,
    marks: (summary?.marks ?? [])
      .filter((m) => m.use_right)
      .map((m) => ({
        id: m.id,
        kind: m.kind,
        registry_number: m.registry_number ?? null,
        granted_at: isoOrNull(m.use_right!.granted_at)!,
        valid_until: isoOrNull(m.use_right!.valid_until),
        revoked_at: isoOrNull(m.use_right!.revoked_at),
      })),
    standard_kinds: [...new Set(summary?.standard_kinds ?? [])].sort(),
    stats_producer_id: summary?.stats_producer_id ?? null,
    has_marks: (summary?.marks ?? []).length > 0,
    has_expired_certificate: summary?.has_expired_certificate ?? false,
  }
}
