import { createTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOGUE, CATEGORIES } from "../data/lang-son-catalogue"
import { categoryTranslations, productTranslations, STORE_LOCALES } from "../data/product-translations"
import type { SeedContext } from "./context"

type Wanted = {
  reference: "product" | "product_category"
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
function wanted<T extends { handle: string }>(
  reference: Wanted["reference"],
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

/**
 * English and Chinese texts of the catalogue's products (title, subtitle,
 * description) and categories (name), through the Translation Module.
 * Keyed on the translations that exist: a record and locale that already has
 * one (seeded or edited in the admin) is left alone, so a second run adds
 * nothing and admin edits survive. Skipped when the module is not enabled
 * (feature flag `translation`).
 */
export async function ensureTranslations(ctx: SeedContext) {
  const { container, log } = ctx
  if (!container.hasRegistration(Modules.TRANSLATION)) return { created: 0 }
  await ensureStoreLocales(ctx)
  const [productIds, categoryIds] = await Promise.all([
    idsByHandle(ctx, "product", CATALOGUE.map((p) => p.handle)),
    idsByHandle(ctx, "product_category", CATEGORIES.map((c) => c.handle)),
  ])
  const all = [
    ...wanted("product", CATALOGUE, productIds, productTranslations),
    ...wanted("product_category", CATEGORIES, categoryIds, categoryTranslations),
  ]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "locale_code"],
    filters: { reference_id: [...new Set(all.map((t) => t.reference_id))] },
  })
  const have = new Set(existing.map((t: { reference_id: string; locale_code: string }) => `${t.reference_id}:${t.locale_code}`))
  const missing = all.filter((t) => !have.has(`${t.reference_id}:${t.locale_code}`))
  if (!missing.length) return { created: 0 }
  log(`Translations: ${missing.length} product and category texts in English and Chinese`)
  await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  return { created: missing.length }
}
