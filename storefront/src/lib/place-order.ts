import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { storeGet, sdk } from "./medusa"

type Result = { ok: true; orderId: string } | { ok: false; message: string }

/** Shipping method, payment session, then cart completion (Medusa's store flow). */
export async function completeWithPayment(cartId: string, optionId: string, providerId: string, token?: string): Promise<Result> {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined
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
    const done = await sdk().store.cart.complete(cartId, {}, headers)
    if (done.type === "order") return { ok: true, orderId: done.order.id }
    return { ok: false, message: done.error?.message ?? "cart not completed" }
  } catch (e) {
    if (e instanceof FetchError) return { ok: false, message: e.message }
    throw e
  }
}
