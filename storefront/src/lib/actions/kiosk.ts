"use server"

import { redirect } from "next/navigation"
import { isLocale } from "@/i18n"
import { isStatus, sdk } from "../medusa"
import { addLine, field } from "../cart-writes"
import { clearCartId, getCartId } from "../cookies"
import { recordDemand } from "../demand/server"

function kioskPath(form: FormData): string {
  const locale = field(form, "locale")
  const location = field(form, "location")
  return `/${/^(vi|en|zh)$/.test(locale) ? locale : "vi"}/kiosk/${location.replace(/[^\w-]/g, "")}/shop`
}

/** A tile: one of this product's default variant into the kiosk cart. */
export async function kioskAdd(form: FormData) {
  try {
    const variantId = field(form, "variant_id")
    const locale = field(form, "locale")
    const added = await addLine(variantId, 1, "kiosk", isLocale(locale) ? locale : "vi")
    // a product tapped at this kiosk's stall
    recordDemand({ kind: "kiosk_scan", location_key: field(form, "location"), product_id: added.productId, variant_id: variantId })
  } catch (e) {
    if (!isStatus(e, 400, 404, 409)) throw e
  }
  // no revalidatePath: the page is the same for everyone (cached); the cart panel reloads the cart
}

/** + / − on a cart line (0 removes it). */
export async function kioskQuantity(form: FormData) {
  const cartId = await getCartId()
  const lineId = field(form, "line_id")
  const quantity = Math.max(0, Math.min(99, Math.floor(Number(field(form, "quantity"))) || 0))
  if (cartId && lineId) {
    try {
      if (quantity === 0) await sdk().store.cart.deleteLineItem(cartId, lineId)
      else await sdk().store.cart.updateLineItem(cartId, lineId, { quantity })
    } catch (e) {
      if (!isStatus(e, 400, 404, 409)) throw e
    }
  }
}

/** Idle or "start over": the next visitor starts with an empty cart. */
export async function kioskReset() {
  await clearCartId()
}

/** The "start over" button: empty cart, back to the attract screen. */
export async function kioskStartOver(form: FormData) {
  await clearCartId()
  const idle = Math.floor(Number(field(form, "idle")))
  redirect(kioskPath(form).replace(/\/shop$/, "") + (idle > 0 && idle !== 60 ? `?idle=${idle}` : ""))
}
