import { hasOcopBadge } from "../badge"
import type { CatalogueProductFields, CatalogueRow, OcopProductSummary } from "./types"

/** Joins products with their OCOP summaries; the badge is derived at `now`. */
export function buildRows(
  products: CatalogueProductFields[],
  summaries: OcopProductSummary[],
  now: Date
): CatalogueRow[] {
  const byProduct = new Map(summaries.map((s) => [s.product_id, s]))
  return products.map((product) => {
    const summary = byProduct.get(product.id) ?? null
    const cert = summary?.certification ?? null
    return {
      product,
      summary,
      badge_stars: cert && hasOcopBadge(cert, now) ? cert.stars : null,
    }
  })
}
