import type { Product } from "./types"

/**
 * A product's picture: its photo when an operator uploaded one (Medusa's
 * File Module: the product's `thumbnail`, else its first image), otherwise a
 * placeholder designed for its OCOP product group (Decision 148/QĐ-TTg
 * 2023), or a general one for a product without a certificate.
 */
export const PLACEHOLDER_ARTS = ["food", "beverage", "herbal", "handicraft", "ornamental", "tourism", "other"] as const
export type PlaceholderArt = (typeof PLACEHOLDER_ARTS)[number]

export function placeholderArt(group: string | null | undefined): PlaceholderArt {
  const known = PLACEHOLDER_ARTS.find((art) => art !== "other" && art === group)
  return known ?? "other"
}

/** The photo's URL, or null when the product has none (an http(s) URL only). */
export function productPhoto(product: Pick<Product, "thumbnail" | "images">): string | null {
  const candidates = [product.thumbnail, ...(product.images ?? []).map((i) => i?.url)]
  return candidates.find((u): u is string => typeof u === "string" && /^https?:\/\//i.test(u.trim()))?.trim() ?? null
}

/**
 * `sizes` for the photo: the width it takes on screen, so the browser picks
 * the smallest variant the optimizer makes (globals.css: the grid's cards,
 * the product page's half, the kiosk's tiles).
 */
export const PHOTO_SIZES = {
  card: "(min-width: 72rem) 14rem, (min-width: 40rem) 30vw, 50vw",
  page: "(min-width: 72rem) 35rem, (min-width: 52rem) 50vw, 100vw",
  tile: "(min-width: 40rem) 14rem, 100vw",
} as const
