import type { DemandEventRow } from "./event-kinds"
import { toEventRow } from "./event-schema"

/** A kiosk cart as the server reads it when the kiosk hands it over to a visitor's phone. */
export type HandoverCart = {
  id: string
  completed_at: Date | string | null
  items: { id: string; product_id: string | null; variant_id: string | null; quantity: number; unit_price: number }[]
}

/** Why a hand-over cannot be recorded (the field it concerns and the error type), or null. */
export type HandoverRefusal = { type: "not_found" | "invalid_data"; message: string }

/**
 * The cart must exist and the location be a kiosk; a completed cart was
 * sold already (its order is recorded as such), so it adds nothing.
 */
export function handoverRefusal(cart: HandoverCart | null, locationKey: string, kioskKeys: string[]): HandoverRefusal | null {
  if (!cart) return { type: "not_found", message: "cart_id: no such cart" }
  if (!kioskKeys.includes(locationKey)) return { type: "invalid_data", message: `location_key: "${locationKey}" is not a kiosk` }
  return null
}

/**
 * A kiosk cart handed over to a visitor's phone as `kiosk_handover` events,
 * one per line (units and value from the cart, never from the client),
 * recorded once per line (ref `kiosk_handover:<cart>:<line>`), however
 * often the QR is opened. None for a completed cart.
 */
export function kioskHandoverEvents(cart: HandoverCart, locationKey: string, at: Date): DemandEventRow[] {
  if (cart.completed_at) return []
  return cart.items
    .filter((i) => i.product_id && i.quantity >= 1)
    .map((i) =>
      toEventRow(
        {
          kind: "kiosk_handover",
          occurred_at: at.toISOString(),
          location_key: locationKey,
          product_id: i.product_id!,
          variant_id: i.variant_id ?? undefined,
          quantity: Math.round(i.quantity),
          value: Math.max(0, Math.round(i.unit_price * i.quantity)),
        },
        "server",
        `kiosk_handover:${cart.id}:${i.id}`
      )
    )
}
