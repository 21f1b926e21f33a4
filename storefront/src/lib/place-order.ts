import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { storeGet, sdk } from "./medusa"

type Result = { ok: true; orderId: string } | { ok: false; message: string }
type Prepared = { ok: true } | { ok: false; message: string }

const authHeaders = (token?: string) => (token ? { authorization: `Bearer ${token}` } : undefined)

/** Shipping method and a payment session of `providerId` (Medusa's store flow). */
export async function preparePayment(cartId: string, optionId: string, providerId: string, token?: string): Promise<Prepared> {
  const headers = authHeaders(token)
  try {
    await sdk().store.cart.addShippingMethod(cartId, { option_id: optionId }, {}, headers)
    const { cart } = await storeGet<{ cart: { payment_collection?: { id: string } | null } }>(`/store/carts/${cartId}`, {
      fields: "id,*payment_collection",
    })
    let collectionId = cart.payment_collection?.id
    if (!collectionId) {
      const created = await sdk().client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
        method: "POST",
        body: { cart_id: cartId },
        headers,
      })
      collectionId = created.payment_collection.id
    }
    await sdk().client.fetch(`/store/payment-collections/${collectionId}/payment-sessions`, {
      method: "POST",
      body: { provider_id: providerId },
      headers,
    })
    return { ok: true }
  } catch (e) {
    if (e instanceof FetchError) return { ok: false, message: e.message }
    throw e
  }
}

/** Completes the cart: Medusa authorizes the payment session and places the order. */
export async function completeCart(cartId: string, token?: string): Promise<Result> {
  try {
    const done = await sdk().store.cart.complete(cartId, {}, authHeaders(token))
    if (done.type === "order") return { ok: true, orderId: done.order.id }
    return { ok: false, message: done.error?.message ?? "cart not completed" }
  } catch (e) {
    if (e instanceof FetchError) return { ok: false, message: e.message }
    throw e
  }
}

/** Shipping method, payment session, then cart completion. */
export async function completeWithPayment(cartId: string, optionId: string, providerId: string, token?: string): Promise<Result> {
  const prepared = await preparePayment(cartId, optionId, providerId, token)
  return prepared.ok ? completeCart(cartId, token) : prepared
}
