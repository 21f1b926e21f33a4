import type { Locale } from "@/i18n"
import type { Product, Variant } from "./types"

/** The product's text in the visitor's language, where the backend has it. */
export function productText(product: Product, locale: Locale) {
  const meta = (product.metadata ?? {}) as Record<string, unknown>
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null)
  const english = locale !== "vi"
  return {
    title: product.title,
    // the seed keeps the English name in `subtitle` and the English description in metadata
    subtitle: english ? product.subtitle ?? null : null,
    description: english
      ? str(meta[`description_${locale}`]) ?? str(meta.description_en) ?? product.description ?? null
      : product.description ?? null,
    story: english
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
