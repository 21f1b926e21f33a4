import { hasOcopBadge } from "../badge"
import { marksWithRight } from "../mark-use"
import type { CatalogueProductFields, CatalogueRow, OcopProductSummary } from "./types"

/**
 * Joins products with their OCOP summaries; the badge is derived at `now`,
 * and a row keeps only the marks its producer holds a right to use, so the
 * mark filters and facets count what the cards show.
 */
export function buildRows(
  products: CatalogueProductFields[],
  summaries: OcopProductSummary[],
  now: Date
): CatalogueRow[] {
  const byProduct = new Map(summaries.map((s) => [s.product_id, s]))
  return products.map((product) => {
    const stored = byProduct.get(product.id) ?? null
    const summary = stored && { ...stored, marks: marksWithRight(stored.marks, now) }
    const cert = summary?.certification ?? null
    return {
      product,
      summary,
      badge_stars: cert && hasOcopBadge(cert, now) ? cert.stars : null,
    }
  })
}
