export const PRE_ORDER_STATUSES = ["reserved", "harvest_ready", "fulfilled", "cancelled"] as const
export type PreOrderStatus = (typeof PRE_ORDER_STATUSES)[number]
export const PRE_ORDER_PAYMENT_MODES = ["cod", "deposit"] as const
export type PreOrderPaymentMode = (typeof PRE_ORDER_PAYMENT_MODES)[number]

/** Statuses that still hold a share of the coming harvest. */
export const OPEN_PRE_ORDER_STATUSES: PreOrderStatus[] = ["reserved", "harvest_ready"]

/**
 * reserved → harvest_ready → fulfilled; reserved or harvest_ready →
 * cancelled. Fulfilled and cancelled are final.
 */
const NEXT: Record<PreOrderStatus, PreOrderStatus[]> = {
  reserved: ["harvest_ready", "cancelled"],
  harvest_ready: ["fulfilled", "cancelled"],
  fulfilled: [],
  cancelled: [],
}

export const canTransition = (from: PreOrderStatus, to: PreOrderStatus) => NEXT[from].includes(to)

/** The deposit's share of the price. */
export const DEPOSIT_PERCENT = 30

/** Deposit in integer VND: 30% of the total, rounded up to the next 1,000 VND. */
export function depositAmount(unitPrice: number, quantity: number, percent = DEPOSIT_PERCENT): number {
  return Math.ceil((unitPrice * quantity * percent) / 100 / 1000) * 1000
}

/**
 * Units still open for pre-order in a week: the expected volume minus open
 * pre-orders. Null when nobody has entered a volume for the week (no cap).
 */
export function preOrderCapacity(expectedVolume: number | null, booked: number): number | null {
  return expectedVolume === null ? null : Math.max(0, expectedVolume - booked)
}

/**
 * What identifies the buyer of a pre-order: the cart (whoever holds its id
 * can act on it), the customer and the buyer's own note. Operators see
 * them; producers see only what to harvest and when.
 */
export const PRE_ORDER_BUYER_FIELDS = ["cart_id", "cart", "customer_id", "customer", "note"] as const

/** A pre-order as a producer sees it: without the buyer's fields. */
export function withoutBuyer<T extends Record<string, unknown>>(preOrder: T): Omit<T, (typeof PRE_ORDER_BUYER_FIELDS)[number]> {
  const out: Record<string, unknown> = { ...preOrder }
  for (const key of PRE_ORDER_BUYER_FIELDS) delete out[key]
  return out as Omit<T, (typeof PRE_ORDER_BUYER_FIELDS)[number]>
}
