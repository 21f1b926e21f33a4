"use server"

import { redirect } from "next/navigation"
import { isLocale } from "@/i18n"
import { field } from "../cart-writes"
import { clearCartId, clearToken, getCartId, getToken, setToken } from "../cookies"
import { isStatus, sdk } from "../medusa"

function localeOf(form: FormData) {
  const l = field(form, "locale")
  return isLocale(l) ? l : "vi"
}

async function login(email: string, password: string): Promise<string | null> {
  try {
    const token = await sdk().auth.login("customer", "emailpass", { email, password })
    return typeof token === "string" ? token : null
  } catch (e) {
    if (isStatus(e, 400, 401)) return null
    throw e
  }
}

/** The guest cart becomes the customer's. */
async function adoptCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  await sdk()
    .client.fetch(`/store/carts/${cartId}/customer`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
    .catch(() => undefined)
}

export async function signIn(form: FormData) {
  const locale = localeOf(form)
  const token = await login(field(form, "email"), String(form.get("password") ?? ""))
  if (!token) redirect(`/${locale}/account?error=login`)
  await setToken(token)
  await adoptCart(token)
  redirect(`/${locale}/account`)
}

export async function register(form: FormData) {
  const locale = localeOf(form)
  const email = field(form, "email")
  const password = String(form.get("password") ?? "")
  if (!email || password.length < 8) redirect(`/${locale}/account?error=register`)
  // Decree 13/2023: no account without the explicit consent (the backend refuses it too)
  if (field(form, "personal_data_consent") !== "on") redirect(`/${locale}/account?error=consent`)
  let registration: string
  try {
    registration = (await sdk().auth.register("customer", "emailpass", { email, password })) as string
  } catch (e) {
    if (!isStatus(e, 400, 401, 409)) throw e
    // an identity with this email exists: sign in if the password matches
    const token = await login(email, password)
    if (!token) redirect(`/${locale}/account?error=exists`)
    registration = token
  }
  try {
    await sdk().client.fetch("/store/customers", {
      method: "POST",
      body: {
        email,
        first_name: field(form, "first_name"),
        last_name: field(form, "last_name"),
        metadata: { personal_data_consent: true },
      },
      headers: { authorization: `Bearer ${registration}` },
    })
  } catch (e) {
    if (!isStatus(e, 400, 409)) throw e
  }
  const token = await login(email, password)
  if (!token) redirect(`/${locale}/account?error=login`)
  await setToken(token)
  await adoptCart(token)
  redirect(`/${locale}/account`)
}

export async function signOut(form: FormData) {
  await clearToken()
  redirect(`/${localeOf(form)}/account`)
}

/**
 * "Delete my account and data": the backend de-identifies the customer and
 * their orders and removes the login; the session and cart cookies go too.
 */
export async function eraseAccount(form: FormData) {
  const locale = localeOf(form)
  if (field(form, "confirm") !== "on") redirect(`/${locale}/account?error=erase`)
  const token = await getToken()
  if (!token) redirect(`/${locale}/account`)
  try {
    await sdk().client.fetch("/store/customers/me/erase", {
      method: "POST",
      body: { confirm: true },
      headers: { authorization: `Bearer ${token}` },
    })
  } catch (e) {
    if (!isStatus(e, 400, 401, 429)) throw e
    redirect(`/${locale}/account?error=erase`)
  }
  await clearToken()
  await clearCartId()
  redirect(`/${locale}/account?erased=1`)
}
