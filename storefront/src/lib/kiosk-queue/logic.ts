/**
 * The offline kiosk's order queue, as pure functions (state transitions,
 * retry backoff). The client store (store.ts) keeps the orders in IndexedDB;
 * the panel (components/kiosk/offline-orders.tsx) drives the sending.
 *
 * queued ──send──▶ sending ──201/200──▶ placed (display id)
 *   ▲                 │ ──409──────▶ conflict (reason) ──fix or resend──▶ queued
 *   └──retry later────┘ (network or server error: backoff)
 */

export type QueuedLine = { variant_id: string; title: string; unit_price: number; quantity: number }
export type QueueStatus = "queued" | "sending" | "placed" | "conflict"
export type KioskPayment = "cash" | "vietqr"

/** A VietQR order taken offline: the transfer its QR showed (reference derived from the key, exact total). */
export type QueuedTransfer = { reference: string; payload: string; amount: number }

export type QueuedOrder = {
  /** the idempotency key: the backend places one order per key */
  key: string
  location: string
  payment: KioskPayment
  lines: QueuedLine[]
  /** payment "vietqr": awaiting this transfer (the backend checks the reference against the key) */
  vietqr?: QueuedTransfer
  created_at: number
  status: QueueStatus
  attempts: number
  /** when a queued order may be sent next (ms since epoch) */
  next_attempt_at: number
  display_id?: number
  reason?: string
}

export const MAX_BACKOFF_MS = 60_000
const BASE_BACKOFF_MS = 1_000

/** Delay before the next try after `attempts` failed ones: 1 s, 2 s, 4 s … up to a minute. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1))
}

export function orderTotal(lines: QueuedLine[]): number {
  return lines.reduce((s, l) => s + l.unit_price * l.quantity, 0)
}

export function newOrder(input: {
  key: string
  location: string
  payment: KioskPayment
  lines: QueuedLine[]
  now: number
  vietqr?: QueuedTransfer
}): QueuedOrder {
  if (!input.lines.length) throw new Error("An order needs at least one line")
  if ((input.payment === "vietqr") !== Boolean(input.vietqr)) throw new Error("A VietQR order needs its transfer, and only it")
  if (input.vietqr && input.vietqr.amount !== orderTotal(input.lines)) throw new Error("The transfer must be for the order's total")
  return {
    key: input.key,
    location: input.location,
    payment: input.payment,
    lines: input.lines.map((l) => ({ ...l })),
    ...(input.vietqr ? { vietqr: { ...input.vietqr } } : {}),
    created_at: input.now,
    status: "queued",
    attempts: 0,
    next_attempt_at: input.now,
  }
}

/** Queued orders whose time has come, oldest first. */
export function dueOrders(orders: QueuedOrder[], now: number): QueuedOrder[] {
  return orders
    .filter((o) => o.status === "queued" && o.next_attempt_at <= now)
    .sort((a, b) => a.created_at - b.created_at)
}

/** The earliest time a queued order becomes due, or null. */
export function nextWake(orders: QueuedOrder[]): number | null {
  const times = orders.filter((o) => o.status === "queued").map((o) => o.next_attempt_at)
  return times.length ? Math.min(...times) : null
}

function expect(order: QueuedOrder, ...from: QueueStatus[]) {
  if (!from.includes(order.status)) throw new Error(`Order ${order.key} is ${order.status}, not ${from.join(" or ")}`)
}

export function startSending(order: QueuedOrder): QueuedOrder {
  expect(order, "queued")
  return { ...order, status: "sending", attempts: order.attempts + 1 }
}

export function markPlaced(order: QueuedOrder, displayId: number): QueuedOrder {
  expect(order, "sending")
  return { ...order, status: "placed", display_id: displayId, reason: undefined }
}

/** Refused (stock short, or the backend will never take it as is): waits for the stall keeper. */
export function markConflict(order: QueuedOrder, reason: string): QueuedOrder {
  expect(order, "sending")
  return { ...order, status: "conflict", reason }
}

/** No answer (offline, server error): queued again, with backoff. */
export function markRetry(order: QueuedOrder, now: number): QueuedOrder {
  expect(order, "sending")
  return { ...order, status: "queued", next_attempt_at: now + backoffMs(order.attempts) }
}

/**
 * A page loaded with an order left `sending` (closed or reloaded mid-send):
 * queued again. Safe, since the backend answers a repeated key with the
 * order it already placed.
 */
export function recover(order: QueuedOrder, now: number): QueuedOrder {
  return order.status === "sending" ? { ...order, status: "queued", next_attempt_at: now } : order
}

/** The stall keeper sends a conflicting order again (same key: nothing was placed). */
export function resend(order: QueuedOrder, now: number): QueuedOrder {
  expect(order, "conflict")
  return { ...order, status: "queued", attempts: 0, next_attempt_at: now, reason: undefined }
}

/**
 * The stall keeper removes a line of a conflicting order; null when no line is left.
 * A VietQR order's lines are what its QR asked for: they stay (the keeper settles it at the stall).
 */
export function removeLine(order: QueuedOrder, variantId: string): QueuedOrder | null {
  expect(order, "conflict", "queued")
  if (order.vietqr) throw new Error(`Order ${order.key} awaits a VietQR transfer of its total; its lines cannot change`)
  const lines = order.lines.filter((l) => l.variant_id !== variantId)
  return lines.length ? { ...order, lines } : null
}

/** Adds one of a product to an offline cart (the same variant adds up, at most 99). */
export function addToLines(lines: QueuedLine[], item: Omit<QueuedLine, "quantity">, delta = 1): QueuedLine[] {
  const found = lines.find((l) => l.variant_id === item.variant_id)
  if (!found) return delta > 0 ? [...lines, { ...item, quantity: Math.min(99, delta) }] : lines
  const quantity = Math.max(0, Math.min(99, found.quantity + delta))
  return quantity
    ? lines.map((l) => (l.variant_id === item.variant_id ? { ...l, quantity } : l))
    : lines.filter((l) => l.variant_id !== item.variant_id)
}

/** The variant named by a 409 answer ("… [variant_01…]: 0 available, 3 asked"), if any. */
export function conflictVariant(reason: string | undefined): string | null {
  return reason?.match(/\[(variant_[A-Za-z0-9]+)\]/)?.[1] ?? null
}
