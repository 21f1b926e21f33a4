import type { CatalogueOrder } from "./types"

/**
 * The product fields one catalogue request must read for every product:
 * the id always; title, subtitle and handle to search (`q`) or sort by
 * title; created_at to sort by creation. Anything else is read for the
 * page only.
 */
export function productFieldsFor(q: string | undefined, order: CatalogueOrder): string[] {
  const fields = ["id"]
  if (q || order.endsWith("title")) fields.push("title", "subtitle", "handle")
  if (order.endsWith("created_at")) fields.push("created_at")
  return fields
}
