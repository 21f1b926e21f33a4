/**
 * Perishable goods and delivery: an option whose longest transit is longer
 * than the shortest shelf life in the cart is not offered and not accepted.
 */

/** Storage conditions printed on the label (translated in the storefront). */
export type StorageKind = "chilled" | "cool_dry" | "room"

export const STORAGE_KINDS: readonly StorageKind[] = ["chilled", "cool_dry", "room"]

export type ProductLabel = {
  /** days from dispatch during which the product keeps, stored as `storage` says */
  shelf_life_days: number
  storage: StorageKind
}

/**
 * Longest transit in days by shipping option type code (the seed's codes);
 * an option's `metadata.max_transit_days` wins over this table.
 */
export const MAX_TRANSIT_DAYS_BY_CODE: Record<string, number> = {
  // "2-4 ngày trong cả nước": the seed's standard delivery
  standard: 4,
}

/** Kiosk pickup codes start with this: the goods are at the stall, no transit. */
export const PICKUP_CODE_PREFIX = "pickup-"

export type ShippingOptionTransit = {
  id: string
  type_code?: string | null
  metadata?: Record<string, unknown> | null
}

/** Longest transit of an option in days, or null when nothing says (not restricted). */
export function maxTransitDays(option: ShippingOptionTransit): number | null {
  const fromMetadata = Number(option.metadata?.max_transit_days)
  if (option.metadata?.max_transit_days != null && Number.isFinite(fromMetadata)) {
    return fromMetadata
  }
  const code = option.type_code ?? ""
  if (code.startsWith(PICKUP_CODE_PREFIX)) {
    return 0
  }
  return MAX_TRANSIT_DAYS_BY_CODE[code] ?? null
}

export type PerishableLine = {
  product_id: string
  title: string
  /** product metadata value; anything not a positive number means "not perishable" */
  shelf_life_days?: unknown
}

export type ShortestShelfLife = { days: number; product_id: string; title: string }

/** The line that keeps the shortest time, or null when nothing in the cart is perishable. */
export function shortestShelfLife(lines: PerishableLine[]): ShortestShelfLife | null {
  let shortest: ShortestShelfLife | null = null
  for (const line of lines) {
    const days = Number(line.shelf_life_days)
    if (line.shelf_life_days == null || !Number.isFinite(days) || days <= 0) {
      continue
    }
    if (!shortest || days < shortest.days) {
      shortest = { days, product_id: line.product_id, title: line.title }
    }
  }
  return shortest
}

/** Whether an option may deliver a cart whose shortest shelf life is `shelf`. */
export function deliveryFits(option: ShippingOptionTransit, shelf: ShortestShelfLife | null): boolean {
  const transit = maxTransitDays(option)
  return shelf === null || transit === null || transit <= shelf.days
}

export type DeliveryConstraints = {
  shortest_shelf_life: ShortestShelfLife | null
  allowed_shipping_option_ids: string[]
  excluded_shipping_options: { id: string; max_transit_days: number }[]
}

/** Which of `options` may deliver `lines`. */
export function deliveryConstraints(options: ShippingOptionTransit[], lines: PerishableLine[]): DeliveryConstraints {
  const shelf = shortestShelfLife(lines)
  const allowed = options.filter((o) => deliveryFits(o, shelf))
  return {
    shortest_shelf_life: shelf,
    allowed_shipping_option_ids: allowed.map((o) => o.id),
    excluded_shipping_options: options
      .filter((o) => !deliveryFits(o, shelf))
      .map((o) => ({ id: o.id, max_transit_days: maxTransitDays(o)! })),
  }
}
