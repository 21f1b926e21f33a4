import { createTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOGUE } from "../data/lang-son-catalogue"
import { productTranslations, STORE_LOCALES, TranslationLocale } from "../data/product-translations"
import type { SeedContext } from "./context"

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

/**
 * English and Chinese texts of the catalogue products, through the
 * Translation Module. Keyed on the translations that exist: a product and
 * locale that already has one (seeded or edited in the admin) is left alone,
 * so a second run adds nothing and admin edits survive. Skipped when the
 * module is not enabled (feature flag `translation`).
 */
export async function ensureTranslations(ctx: SeedContext) {
  const { container, log } = ctx
  if (!container.hasRegistration(Modules.TRANSLATION)) return { created: 0 }
  await ensureStoreLocales(ctx)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: CATALOGUE.map((p) => p.handle) },
  })
  const idByHandle = new Map(products.map((p: { id: string; handle: string }) => [p.handle, p.id]))
  const { data: existing } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "locale_code"],
    filters: { reference: "product", reference_id: [...idByHandle.values()] },
  })
  const have = new Set(existing.map((t: { reference_id: string; locale_code: string }) => `${t.reference_id}:${t.locale_code}`))
  const missing = CATALOGUE.flatMap((item) => {
    const id = idByHandle.get(item.handle)
    if (!id) return []
    return Object.entries(productTranslations(item))
      .filter(([locale]) => !have.has(`${id}:${locale}`))
      .map(([locale, translations]) => ({
        reference: "product",
        reference_id: id,
        locale_code: locale as TranslationLocale,
        translations,
      }))
  })
  if (!missing.length) return { created: 0 }
  log(`Translations: ${missing.length} product texts in English and Chinese`)
  await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  return { created: missing.length }
}
