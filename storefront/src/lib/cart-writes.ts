import "server-only"
import { setCartId } from "./cookies"
import { createCart, currentCart } from "./data/cart"
import type { ChannelKey } from "./data/channels"
import { sdk } from "./medusa"

/** The open cart, or a new one in `channel` (remembered in the cookie). */
export async function cartForWrite(channel: ChannelKey = "online") {
  const cart = await currentCart()
  if (cart) return cart
  const created = await createCart(channel)
  await setCartId(created.id)
  return created
}

/** Adds a line; answers the cart id, the product added and the quantity (for demand signals). */
export async function addLine(variantId: string, quantity: number, channel: ChannelKey = "online") {
  const qty = Math.max(1, Math.min(99, Math.floor(quantity) || 1))
  const cart = await cartForWrite(channel)
  const { cart: updated } = await sdk().store.cart.createLineItem(cart.id, { variant_id: variantId, quantity: qty })
  const line = (updated.items ?? []).find((i) => i.variant_id === variantId)
  return { cartId: cart.id, productId: line?.product_id ?? undefined, quantity: qty }
}

export function field(form: FormData, name: string): string {
  const v = form.get(name)
  return typeof v === "string" ? v.trim() : ""
}
