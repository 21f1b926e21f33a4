/** Shelf life and storage of a product, from its metadata (pure; unit-tested). */
export const STORAGE_KINDS = ["chilled", "cool_dry", "room"] as const
export type StorageKind = (typeof STORAGE_KINDS)[number]

export type Label = { days: number; storage: StorageKind | null; estimated: boolean }

/** Null for products that are not perishable (no positive `shelf_life_days`). */
export function productLabel(metadata: Record<string, unknown> | null | undefined): Label | null {
  const days = Number(metadata?.shelf_life_days)
  if (metadata?.shelf_life_days == null || !Number.isFinite(days) || days <= 0) return null
  const storage = STORAGE_KINDS.find((s) => s === metadata?.storage) ?? null
  return { days, storage, estimated: metadata?.shelf_life_estimated === true }
}
