import "server-only"
import { setCartId } from "./cookies"
import { createCart, currentCart } from "./data/cart"
import type { ChannelKey } from "./data/channels"
import { sdk } from "./medusa"
import { cartLocale } from "./product-text"
import type { Locale } from "@/i18n"

/**
 * The open cart, or a new one in `channel` (remembered in the cookie), in the
 * visitor's language: an open cart in another language is switched, and the
 * backend renames its lines.
 */
export async function cartForWrite(channel: ChannelKey = "online", locale?: Locale) {
  const wanted = locale ? cartLocale(locale) : undefined
  const cart = await currentCart()
  if (cart) {
    if (wanted && cart.locale !== wanted) await sdk().store.cart.update(cart.id, { locale: wanted })
    return cart
  }
  const created = await createCart(channel, wanted)
  await setCartId(created.id)
  return created
}

/** Adds a line; answers the cart id, the product added and the quantity (for demand signals). */
export async function addLine(variantId: string, quantity: number, channel: ChannelKey = "online", locale?: Locale) {
  const qty = Math.max(1, Math.min(99, Math.floor(quantity) || 1))
  const cart = await cartForWrite(channel, locale)
  const { cart: updated } = await sdk().store.cart.createLineItem(cart.id, { variant_id: variantId, quantity: qty })
  const line = (updated.items ?? []).find((i) => i.variant_id === variantId)
  return { cartId: cart.id, productId: line?.product_id ?? undefined, quantity: qty }
}

export function field(form: FormData, name: string): string {
  const v = form.get(name)
  return typeof v === "string" ? v.trim() : ""
}
