import type { CatalogueEntryInput } from "./entry"

/** Fields a refresh stamps on every row it writes; they say when, not what. */
const BOOKKEEPING = new Set(["id", "source_at", "updated_at", "created_at", "deleted_at"])

/**
 * One spelling per value, whichever way it was read: a Date or a timestamp
 * string as epoch milliseconds, objects with sorted keys (jsonb reorders
 * them), undefined as null.
 */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (value instanceof Date) return value.getTime()
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === "object") {
    const object = value as Record<string, unknown>
    return Object.keys(object)
      .sort()
      .map((k) => [k, canonical(object[k])])
  }
  return value
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/

/** A row's field as compared: timestamps in a row's top-level columns may come back as Dates or strings. */
function field(entry: Record<string, unknown>, key: string): string {
  const value = entry[key]
  const instant = typeof value === "string" && TIMESTAMP.test(value) ? new Date(value) : value
  return JSON.stringify(canonical(instant))
}

/** Whether two rows of the same product would list, filter, sort and count the same. */
export function sameCatalogueEntry(a: CatalogueEntryInput, b: CatalogueEntryInput): boolean {
  const left = a as unknown as Record<string, unknown>
  const right = b as unknown as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)].filter((k) => !BOOKKEEPING.has(k)))
  for (const key of keys) {
    if (field(left, key) !== field(right, key)) return false
  }
  return true
}

/**
 * The products whose catalogue row a refresh changes: rows new to the read
 * model or different from the stored ones (`before`), in `after`'s order.
 * A stock change that leaves a product in stock changes none.
 */
export function changedCatalogueProducts(before: CatalogueEntryInput[], after: CatalogueEntryInput[]): string[] {
  const stored = new Map(before.map((e) => [e.product_id, e]))
  return after
    .filter((entry) => {
      const old = stored.get(entry.product_id)
      return !old || !sameCatalogueEntry(old, entry)
    })
    .map((entry) => entry.product_id)
}
