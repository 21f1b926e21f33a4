"use server"

import { redirect } from "next/navigation"
import { isLocale } from "@/i18n"
import { addLine, field } from "../cart-writes"
import { recordDemand } from "../demand/server"
import { getCartId } from "../cookies"
import { isStatus, sdk } from "../medusa"

function localeOf(form: FormData) {
  const l = field(form, "locale")
  return isLocale(l) ? l : "vi"
}

/** A safe same-site path to go back to ("/vi/…" only). */
function backTo(form: FormData, fallback: string): string {
  const to = field(form, "back")
  return /^\/(vi|en|zh)(\/[\w\-./?=&%]*)?$/.test(to) ? to : fallback
}

/** Medusa's answers about stock (vs. anything else a cart call can refuse). */
function stockProblem(e: unknown): boolean {
  return /inventory|stock|quantity|available/i.test(e instanceof Error ? e.message : "")
}

/** Product page form: variant_id, quantity, locale, handle. */
export async function addToCart(form: FormData) {
  const locale = localeOf(form)
  const handle = field(form, "handle")
  const back = `/${locale}/products/${encodeURIComponent(handle)}`
  let status = "added=1"
  try {
    const variantId = field(form, "variant_id")
    const added = await addLine(variantId, Number(field(form, "quantity") || 1), "online", locale)
    recordDemand({ kind: "cart_add", product_id: added.productId, variant_id: variantId, quantity: added.quantity })
  } catch (e) {
    if (!isStatus(e, 400, 404, 409)) throw e
    status = `error=${stockProblem(e) ? "stock" : "cart"}`
  }
  redirect(`${back}?${status}`)
}

/** Cart page: line_id + quantity (0 removes). */
export async function updateLine(form: FormData) {
  const locale = localeOf(form)
  const cartId = await getCartId()
  const lineId = field(form, "line_id")
  const quantity = Math.max(0, Math.min(99, Math.floor(Number(field(form, "quantity"))) || 0))
  if (cartId && lineId) {
    try {
      if (quantity === 0) await sdk().store.cart.deleteLineItem(cartId, lineId)
      else await sdk().store.cart.updateLineItem(cartId, lineId, { quantity })
    } catch (e) {
      if (!isStatus(e, 400, 404, 409)) throw e
      redirect(`${backTo(form, `/${locale}/cart`)}?error=${stockProblem(e) ? "stock" : "cart"}`)
    }
  }
  redirect(backTo(form, `/${locale}/cart`))
}

export async function removeLine(form: FormData) {
  form.set("quantity", "0")
  return updateLine(form)
}
