import "server-only"
import { cookies } from "next/headers"

const CART = "_ocop_cart"
const JWT = "_ocop_jwt"
const MONTH = 60 * 60 * 24 * 30

const base = { httpOnly: true, sameSite: "lax" as const, path: "/", secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE === "true" }

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART)?.value
}

export async function setCartId(id: string) {
  ;(await cookies()).set(CART, id, { ...base, maxAge: MONTH })
}

export async function clearCartId() {
  ;(await cookies()).delete(CART)
}

export async function getToken(): Promise<string | undefined> {
  return (await cookies()).get(JWT)?.value
}

export async function setToken(token: string) {
  ;(await cookies()).set(JWT, token, { ...base, maxAge: 60 * 60 * 24 * 7 })
}

export async function clearToken() {
  ;(await cookies()).delete(JWT)
}
