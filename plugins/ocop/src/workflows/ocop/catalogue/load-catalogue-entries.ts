import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import {
  CatalogueEntryInput,
  CatalogueSourceProduct,
  ProductTranslation,
  toCatalogueEntry,
} from "../../../modules/ocop/lib/catalogue/entry"
import type OcopModuleService from "../../../modules/ocop/service"

/** What a catalogue row is built from, read through Query (product, channels, prices, stock). */
export const CATALOGUE_SOURCE_FIELDS = [
  "id",
  "status",
  "title",
  "subtitle",
  "handle",
  "created_at",
  "sales_channels.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.price_list_id",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

const BATCH = 500

export type LoadCatalogueEntriesInput = {
  /** the products to refresh; none: every product (a rebuild) */
  product_ids?: string[]
}

export type LoadedCatalogueEntries = {
  entries: CatalogueEntryInput[]
  /** asked-for products that no longer exist */
  gone_ids: string[]
  full: boolean
}

type TranslationRow = ProductTranslation & { reference_id: string }

/**
 * The products' translations (every locale) from the Translation Module, by
 * product id; none when the module is off (feature flag `translation`).
 */
async function productTranslations(container: MedusaContainer, productIds: string[]) {
  const byProduct = new Map<string, ProductTranslation[]>()
  if (!productIds.length || !container.hasRegistration(Modules.TRANSLATION)) return byProduct
  const translation = container.resolve(Modules.TRANSLATION) as {
    listTranslations(filters: object, config: object): Promise<TranslationRow[]>
  }
  for (let skip = 0; skip < productIds.length; skip += BATCH) {
    const rows = await translation.listTranslations(
      { reference: "product", reference_id: productIds.slice(skip, skip + BATCH) },
      { select: ["id", "reference_id", "locale_code", "translations"], order: { locale_code: "ASC" } }
    )
    for (const row of rows) byProduct.set(row.reference_id, [...(byProduct.get(row.reference_id) ?? []), row])
  }
  return byProduct
}

/**
 * Reads the products (all, in batches, or the given ones) with their
 * channels, prices and stock, the OCOP module's summaries of them and their
 * translations, and builds their catalogue rows.
 */
export async function loadCatalogueEntries(
  container: MedusaContainer,
  input: LoadCatalogueEntriesInput
): Promise<LoadedCatalogueEntries> {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const ids = input.product_ids ? [...new Set(input.product_ids)] : null
    const products: CatalogueSourceProduct[] = []
    for (let skip = 0; ; skip += BATCH) {
      const { data } = await query.graph({
        entity: "product",
        fields: CATALOGUE_SOURCE_FIELDS,
        filters: ids ? { id: ids.slice(skip, skip + BATCH) } : {},
        pagination: ids ? undefined : { skip, take: BATCH, order: { id: "ASC" } },
      })
      products.push(...(data as CatalogueSourceProduct[]))
      if (ids ? skip + BATCH >= ids.length : data.length < BATCH) break
    }
    const [summaries, translations] = await Promise.all([
      ocop.summarizeProducts(ids ? products.map((p) => p.id) : null),
      productTranslations(container, products.map((p) => p.id)),
    ])
    const byProduct = new Map(summaries.map((s) => [s.product_id, s]))
    const found = new Set(products.map((p) => p.id))
    return {
      entries: products.map((p) => toCatalogueEntry(p, byProduct.get(p.id) ?? null, translations.get(p.id) ?? [])),
      gone_ids: (ids ?? []).filter((id) => !found.has(id)),
      full: !ids,
    }
}
