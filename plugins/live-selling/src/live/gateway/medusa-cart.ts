import { MedusaCallError, type MedusaCaller, type MedusaErrorCode, type MedusaHttp } from "./medusa-http"

/**
 * Puts a held claim in the buyer's cart through the Medusa backend's own
 * route (`POST /store/live/claims/:id/cart`, a workflow with Medusa's
 * locking; idempotent: a claim already in the cart answers the same line).
 * The gateway calls it over HTTP on loopback right after `offer:claim`.
 */

export type CartLine = { id: string; lineItemId: string }

export type CartAttacher = (claimId: string, cartId: string, caller: MedusaCaller) => Promise<CartLine>

export function medusaCartAttacher(http: MedusaHttp): CartAttacher {
  return async (claimId, cartId, caller) => {
    const body = await http.post(`/store/live/claims/${encodeURIComponent(claimId)}/cart`, { cart_id: cartId }, caller)
    const lineItemId = body?.claim?.line_item_id
    if (typeof lineItemId !== "string") {
      throw new MedusaCallError("internal", "the backend answered without the cart line")
    }
    return { id: body.claim.cart_id ?? cartId, lineItemId }
  }
}

/** The ack's `cartError` for any failure of an attacher (the claim stays held). */
export function cartErrorOf(e: unknown): { code: MedusaErrorCode; message: string } {
  if (e instanceof MedusaCallError) {
    return { code: e.code, message: e.message }
  }
  return { code: "internal", message: "could not put the claim in the cart" }
}
