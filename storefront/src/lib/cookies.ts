import "server-only"
import { cookies } from "next/headers"
import { cookieOptions } from "./security/cookie-options"

const CART = "_ocop_cart"
const JWT = "_ocop_jwt"
const MONTH = 60 * 60 * 24 * 30


export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART)?.value
}

export async function setCartId(id: string) {
  ;(await cookies()).set(CART, id, cookieOptions(MONTH))
}

export async function clearCartId() {
  ;(await cookies()).delete(CART)
}

export async function getToken(): Promise<string | undefined> {
  return (await cookies()).get(JWT)?.value
}

export async function setToken(token: string) {
  ;(await cookies()).set(JWT, token, cookieOptions(60 * 60 * 24 * 7))
}

export async function clearToken() {
  ;(await cookies()).delete(JWT)
}
