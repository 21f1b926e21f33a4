"use server"

import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "../medusa"
import { channelPublishableKey } from "../data/channels"

export type SubmitInput = {
  key: string
  location: string
  payment: "cash" | "vietqr"
  /** a VietQR order: the reference its QR showed (derived from `key`; the backend checks it) */
  vietqr_reference?: string
  lines: { variant_id: string; quantity: number }[]
}

/** placed: the backend's order; refused: it will not take this order as is (stock short, bad line); retry: no answer. */
export type SubmitResult =
  | { outcome: "placed"; display_id: number; order_id: string }
  | { outcome: "refused"; reason: string }
  | { outcome: "retry"; reason: string }

/**
 * Sends one queued kiosk order to `POST /store/kiosk/orders` with the kiosk's
 * publishable key and the order's idempotency key: the backend places it
 * once, however often this is called.
 */
export async function submitKioskOrder(input: SubmitInput): Promise<SubmitResult> {
  try {
    const { order } = await sdk(channelPublishableKey("kiosk")).client.fetch<{ order: { id: string; display_id: number } }>(
      "/store/kiosk/orders",
      {
        method: "POST",
        body: {
          idempotency_key: String(input.key),
          location: String(input.location),
          payment: input.payment,
          ...(input.payment === "vietqr" && input.vietqr_reference ? { vietqr_reference: String(input.vietqr_reference) } : {}),
          items: (input.lines ?? []).map((l) => ({ variant_id: String(l.variant_id), quantity: Number(l.quantity) })),
        },
      }
    )
    return { outcome: "placed", display_id: order.display_id, order_id: order.id }
  } catch (e) {
    if (e instanceof FetchError && (e.status === 409 || e.status === 400)) {
      return { outcome: "refused", reason: e.message }
    }
    return { outcome: "retry", reason: e instanceof Error ? e.message : String(e) }
  }
}
