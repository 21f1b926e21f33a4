"use server"

import { redirect } from "next/navigation"
import { isLocale } from "@/i18n"
import { field } from "../cart-writes"
import { checkoutProblem, invoiceFieldOf, normalisePhone, splitName, type CheckoutInput } from "../checkout-rules"
import { clearCartId, getToken } from "../cookies"
import { cartHasAlcohol, currentCart, shippingOptions } from "../data/cart"
import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "../medusa"
import { completeWithPayment, preparePayment } from "../place-order"
import { isStripeProvider, stripeConfig } from "../stripe-config"

/** Only a kiosk page of this site ("/vi/kiosk/ky-lua/checkout?mode=pickup&idle=60"). */
function safeKioskPath(path: string): string | null {
  return /^\/(vi|en|zh)\/kiosk\/[\w-]+\/(checkout|shop)(\?[\w=&%.-]*)?$/.test(path) ? path : null
}

/** `path` with earlier error parameters dropped and `set` added. */
function withQuery(path: string, set: Record<string, string>, drop: string[] = []): string {
  const [base, query = ""] = path.split("?")
  const params = new URLSearchParams(query)
  for (const k of ["error", "field", "msg", ...drop]) params.delete(k)
  for (const [k, v] of Object.entries(set)) params.set(k, v)
  const q = params.toString()
  return q ? `${base}?${q}` : base
}

/** Back to the kiosk's shop screen with the placed order (keeping the idle setting). */
function kioskDone(back: string, orderId: string): string {
  return withQuery(back.replace(/\/checkout(?=\?|$)/, "/shop"), { placed: orderId }, ["mode"])
}

/** The checkout form: address, delivery or pickup, payment; then the order. */
export async function placeOrder(form: FormData) {
  const l = field(form, "locale")
  const locale = isLocale(l) ? l : "vi"
  const kioskBack = field(form, "back") === "kiosk" ? safeKioskPath(field(form, "kiosk_back")) : null
  const back = kioskBack ?? `/${locale}/checkout`
  const fail = (q: Record<string, string>) => redirect(withQuery(back, q))
  const cart = await currentCart()
  if (!cart || !cart.items.length) redirect(`/${locale}/cart`)

  const input: CheckoutInput = {
    email: field(form, "email"),
    phone: field(form, "phone"),
    name: field(form, "name"),
    street: field(form, "street"),
    ward: field(form, "ward"),
    province: field(form, "province"),
    optionId: field(form, "option_id"),
    providerId: field(form, "provider_id"),
  }
  const options = await shippingOptions(cart.id)
  const option = options.find((o) => o.id === input.optionId)
  const isPickup = option?.kind === "pickup"
  const names = splitName(input.name)
  const address = {
    ...names,
    phone: normalisePhone(input.phone) ?? input.phone,
    address_1: isPickup ? option?.location?.address ?? option?.name ?? "" : input.street,
    address_2: isPickup ? "" : input.ward,
    company: isPickup ? option?.location?.name ?? "" : "",
    city: isPickup ? "Lạng Sơn" : input.province,
    province: isPickup ? "Lạng Sơn" : input.province,
    country_code: "vn",
  }
  // saved first, so the form shows what was typed if something is missing
  await sdk().store.cart.update(cart.id, {
    email: input.email || undefined,
    shipping_address: address,
    billing_address: address,
    metadata: { delivery: isPickup ? "pickup" : "delivery", pickup_location: option?.location?.key ?? null },
  })
  const problem = checkoutProblem(input, { pickup: isPickup, emailOptional: kioskBack !== null })
  if (problem) fail({ error: problem.code, ...("field" in problem ? { field: problem.field } : {}) })
  if (!option) fail({ error: "required", field: "optionId" })
  const invoiceProblem = await saveVatInvoice(cart.id, form, Boolean(cart.metadata?.vat_invoice))
  if (invoiceProblem) fail({ error: "invoice", field: invoiceProblem })
  if (await cartHasAlcohol(cart)) {
    // the backend records the 18+ confirmation with its own time; an order needs it
    if (field(form, "age_confirmed") !== "on") fail({ error: "age" })
    await sdk().client.fetch(`/store/carts/${cart.id}/age-confirmation`, { method: "POST", body: { confirmed_adult: true } })
  }
  // Decree 13/2023: the buyer's consent, recorded by the backend with its own time
  if (field(form, "personal_data_consent") !== "on") fail({ error: "consent" })
  await sdk().client.fetch(`/store/carts/${cart.id}/consent`, { method: "POST", body: { personal_data_consent: true } })

  const token = await getToken()
  if (isStripeProvider(input.providerId)) {
    // a card is confirmed in the browser by Stripe.js first (kiosks take no cards)
    if (kioskBack || !stripeConfig()) fail({ error: "required", field: "providerId" })
    const prepared = await preparePayment(cart.id, option!.id, input.providerId, token)
    if (!prepared.ok) fail({ error: "failed", msg: prepared.message.slice(0, 200) })
    redirect(`/${locale}/checkout/card`)
  }
  const result = await completeWithPayment(cart.id, option!.id, input.providerId, token)
  if (!result.ok) fail({ error: "failed", msg: result.message.slice(0, 200) })
  await clearCartId()
  const orderId = result.ok ? result.orderId : ""
  redirect(kioskBack ? kioskDone(kioskBack, orderId) : `/${locale}/order/${orderId}`)
}

/**
 * "I need a VAT invoice": the details go to the cart (the backend checks the
 * tax code and answers 400 naming the field); unticked, earlier details are
 * removed. Returns the field in trouble, or null.
 */
async function saveVatInvoice(cartId: string, form: FormData, hadInvoice: boolean): Promise<string | null> {
  const wanted = field(form, "invoice_wanted") === "on"
  try {
    if (wanted) {
      await sdk().client.fetch(`/store/carts/${cartId}/vat-invoice`, {
        method: "POST",
        body: {
          company_name: field(form, "invoice_company_name"),
          tax_code: field(form, "invoice_tax_code"),
          address: field(form, "invoice_address"),
          email: field(form, "invoice_email"),
        },
      })
    } else if (hadInvoice) {
      await sdk().client.fetch(`/store/carts/${cartId}/vat-invoice`, { method: "DELETE" })
    }
    return null
  } catch (e) {
    if (e instanceof FetchError && e.status === 400) return invoiceFieldOf(e.message) ?? "tax_code"
    throw e
  }
}
