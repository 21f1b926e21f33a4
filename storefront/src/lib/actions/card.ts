"use server"

import { redirect } from "next/navigation"
import { isLocale } from "@/i18n"
import { clearCartId, getToken } from "../cookies"
import { currentCart } from "../data/cart"
import { completeCart } from "../place-order"

/**
 * After Stripe.js confirmed the card: Medusa completes the cart (its Stripe
 * provider checks the PaymentIntent) and the buyer sees the order.
 * Answers `{ error }` when the order could not be placed.
 */
export async function completeCardOrder(localeValue: string): Promise<{ error: string }> {
  const locale = isLocale(localeValue) ? localeValue : "vi"
  const cart = await currentCart()
  if (!cart) redirect(`/${locale}/cart`)
  const result = await completeCart(cart.id, await getToken())
  if (!result.ok) return { error: result.message.slice(0, 300) }
  await clearCartId()
  redirect(`/${locale}/order/${result.orderId}`)
}
