"use server"

import { redirect } from "next/navigation"
import { isLocale } from "@/i18n"
import { field } from "../cart-writes"
import { clearToken, getCartId, setToken } from "../cookies"
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
      body: { email, first_name: field(form, "first_name"), last_name: field(form, "last_name") },
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
