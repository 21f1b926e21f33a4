import type { CatalogueCategory, CatalogueProduct } from "./catalogue/types"
import { EN_TITLES } from "./catalogue/en"
import { ZH_CATEGORY_NAMES, ZH_TEXTS } from "./catalogue/zh"
import { PACK_TEXTS, UNIT_OPTION_TEXTS } from "./catalogue/variants"

/** The store's languages: Vietnamese is the products' own text; these are its translations. */
export const TRANSLATION_LOCALES = ["en-US", "zh-CN"] as const
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number]

/** The store's supported locales, Vietnamese first and default. */
export const STORE_LOCALES = ["vi-VN", ...TRANSLATION_LOCALES] as const

export type ProductFields = { title: string; subtitle?: string; description?: string }

/**
 * A catalogue product's translated fields per locale. The subtitle of a
 * translation is the Vietnamese name printed on the pack (the product's own
 * subtitle is its English name), so a visitor reading English or Chinese
 * still finds the name the stall and the label use.
 */
export function productTranslations(item: CatalogueProduct): Partial<Record<TranslationLocale, ProductFields>> {
  const result: Partial<Record<TranslationLocale, ProductFields>> = {}
  const en = EN_TITLES[item.handle]
  if (en) result["en-US"] = { title: en, subtitle: item.title, description: item.description_en }
  const zh = ZH_TEXTS[item.handle]
  if (zh) {
    result["zh-CN"] = {
      title: zh.title,
      subtitle: item.title,
      ...(zh.description ? { description: zh.description } : {}),
    }
  }
  return result
}

/** A catalogue category's translated name per locale. */
export function categoryTranslations(category: CatalogueCategory): Partial<Record<TranslationLocale, { name: string }>> {
  const zh = ZH_CATEGORY_NAMES[category.handle]
  return { "en-US": { name: category.name_en }, ...(zh ? { "zh-CN": { name: zh } } : {}) }
}

/** A pack size's translated text per locale (variant title, option value), or nothing when it has none. */
export function packTranslations(viTitle: string): Partial<Record<TranslationLocale, string>> {
  const text = PACK_TEXTS[viTitle]
  return text ? { "en-US": text.en, "zh-CN": text.zh } : {}
}

/** The pack-size option's translated title per locale. */
export function unitOptionTranslations(): Record<TranslationLocale, string> {
  return { "en-US": UNIT_OPTION_TEXTS.en, "zh-CN": UNIT_OPTION_TEXTS.zh }
}
