import type { Locale } from "@/i18n"
import type { Product, Variant } from "./types"

/**
 * The locale the backend is asked in (`?locale=`, Medusa's Translation
 * Module): none for Vietnamese, the products' own language.
 */
export const BACKEND_LOCALE: Record<Locale, string | undefined> = { vi: undefined, en: "en-US", zh: "zh-CN" }

/**
 * A cart's locale (Medusa's `cart.locale`): the backend writes its lines'
 * product and variant names in it, and rewrites them when it changes.
 * Vietnamese is named too, so a cart switched back gets the own names again.
 */
export function cartLocale(locale: Locale): string {
  return BACKEND_LOCALE[locale] ?? "vi-VN"
}

const HAN = /\p{Script=Han}/u

/**
 * The product's text in the visitor's language. The backend answers in that
 * language where a translation exists (title, subtitle, description); where
 * one is missing it answers in Vietnamese, and the English texts the seed
 * keeps (subtitle, `metadata.description_en`) are the fallback.
 */
export function productText(product: Product, locale: Locale) {
  const meta = (product.metadata ?? {}) as Record<string, unknown>
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null)
  const english = locale !== "vi"
  const own = str(product.description)
  // a Chinese answer is written in Han characters; otherwise it is the untranslated text
  const translated = locale === "zh" ? (own && HAN.test(own) ? own : null) : locale === "en" ? own : null
  return {
    title: product.title,
    // translated: the Vietnamese name on the pack; untranslated: the seed's English name
    subtitle: english ? product.subtitle ?? null : null,
    description: english
      ? translated ?? str(meta[`description_${locale}`]) ?? str(meta.description_en) ?? own
      : own,
    // the backend answers the story in the visitor's language where a translation exists
    story:
      locale === "zh" && HAN.test(product.producer?.story ?? "")
        ? product.producer!.story
        : english
          ? product.producer?.story_en ?? product.producer?.story ?? null
          : product.producer?.story ?? null,
  }
}

export function variantPrice(v: Variant | undefined): number | null {
  const amount = v?.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}

/** The lowest variant price (for cards). */
export function lowestPrice(product: Product): number | null {
  const prices = product.variants.map(variantPrice).filter((p): p is number => p !== null)
  return prices.length ? Math.min(...prices) : null
}

export function isSoldOut(v: Variant): boolean {
  return v.manage_inventory === true && typeof v.inventory_quantity === "number" && v.inventory_quantity <= 0
}

/** Only an active certificate counts as an OCOP badge (contract). */
export function activeStars(product: Product): number | null {
  const o = product.ocop
  if (!o) return null
  return (o.badge ?? o.status === "active") ? o.stars : null
}

/** The GI whose badge the product shows: only while its producer holds the right to use it. */
export function giMark(product: Product) {
  return product.marks.find((m) => m.kind === "geographical_indication" && m.badge) ?? null
}
