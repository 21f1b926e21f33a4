import { createTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOGUE, CATEGORIES } from "../data/lang-son-catalogue"
import {
  categoryTranslations,
  packTranslations,
  productTranslations,
  STORE_LOCALES,
  unitOptionTranslations,
} from "../data/product-translations"
import type { SeedContext } from "./context"

export type Wanted = {
  reference: string
  reference_id: string
  locale_code: string
  translations: Record<string, string>
}

/** Adds the store's languages (vi-VN, en-US, zh-CN) to its supported locales, keeping any others. */
async function ensureStoreLocales({ container, log }: SeedContext) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "supported_locales.locale_code"] })
  const have = (store.supported_locales ?? []).map((l: { locale_code: string }) => l.locale_code)
  const missing = STORE_LOCALES.filter((code) => !have.includes(code))
  if (!missing.length) return
  log(`Store locales: ${missing.join(", ")}`)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_locales: [...have, ...missing].map((locale_code) => ({ locale_code })) },
    },
  })
}

/** The ids of the records with these handles. */
async function idsByHandle(ctx: SeedContext, entity: "product" | "product_category", handles: string[]) {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", "handle"], filters: { handle: handles } })
  return new Map<string, string>(data.map((r: { id: string; handle: string }) => [r.handle, r.id]))
}

/** Each record's texts per locale, for the records that exist. */
export function wanted<T extends { handle: string }>(
  reference: string,
  items: T[],
  ids: Map<string, string>,
  texts: (item: T) => Partial<Record<string, Record<string, string>>>
): Wanted[] {
  return items.flatMap((item) => {
    const id = ids.get(item.handle)
    if (!id) return []
    return Object.entries(texts(item)).map(([locale_code, translations]) => ({
      reference,
      reference_id: id,
      locale_code,
      translations: translations!,
    }))
  })
}

/** One record's translations of one field, from a text per locale. */
const perLocale = (reference: string, id: string, field: string, texts: Partial<Record<string, string>>): Wanted[] =>
  Object.entries(texts).map(([locale_code, text]) => ({
    reference,
    reference_id: id,
    locale_code,
    translations: { [field]: text! },
  }))

/**
 * The seeded products' pack sizes: each variant's title, the "Quy cách"
 * option's title and each of its values, by the Vietnamese text.
 */
async function packSizes(ctx: SeedContext): Promise<Wanted[]> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.title", "options.id", "options.values.id", "options.values.value"],
    filters: { handle: CATALOGUE.map((p) => p.handle) },
  })
  return data.flatMap((product: any) => [
    ...(product.variants ?? []).flatMap((v: any) => perLocale("product_variant", v.id, "title", packTranslations(v.title))),
    ...(product.options ?? []).flatMap((o: any) => [
      ...perLocale("product_option", o.id, "title", unitOptionTranslations()),
      ...(o.values ?? []).flatMap((val: any) =>
        perLocale("product_option_value", val.id, "value", packTranslations(val.value))
      ),
    ]),
  ])
}

/**
 * Creates the given translations that do not exist yet. Keyed on the
 * translations that exist: a record and locale that already has one (seeded
 * or edited in the admin) is left alone, so a second run adds nothing and
 * admin edits survive.
 */
export async function createMissingTranslations({ container, log }: SeedContext, all: Wanted[], what: string) {
  if (!all.length) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "locale_code"],
    filters: { reference_id: [...new Set(all.map((t) => t.reference_id))] },
  })
  const have = new Set(existing.map((t: { reference_id: string; locale_code: string }) => `${t.reference_id}:${t.locale_code}`))
  const missing = all.filter((t) => !have.has(`${t.reference_id}:${t.locale_code}`))
  if (!missing.length) return 0
  log(`Translations: ${missing.length} ${what}`)
  await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  return missing.length
}

/**
 * English and Chinese texts of the catalogue's products (title, subtitle,
 * description), their variants and options (pack sizes) and categories
 * (name), through the Translation Module. Skipped when the module is not
 * enabled (feature flag `translation`).
 */
export async function ensureTranslations(ctx: SeedContext) {
  const { container } = ctx
  if (!container.hasRegistration(Modules.TRANSLATION)) return { created: 0 }
  await ensureStoreLocales(ctx)
  const [productIds, categoryIds, packs] = await Promise.all([
    idsByHandle(ctx, "product", CATALOGUE.map((p) => p.handle)),
    idsByHandle(ctx, "product_category", CATEGORIES.map((c) => c.handle)),
    packSizes(ctx),
  ])
  const all = [
    ...wanted("product", CATALOGUE, productIds, productTranslations),
    ...wanted("product_category", CATEGORIES, categoryIds, categoryTranslations),
    ...packs,
  ]
  const created = await createMissingTranslations(ctx, all, "product, pack-size and category texts in English and Chinese")
  return { created }
}
