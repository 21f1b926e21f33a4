import "server-only"
import { createHmac, timingSafeEqual } from "node:crypto"
import { runtimeConfig } from "./config"

const TTL_MS = 60 * 60 * 1000

function key(): string {
  const env = process.env
  return env["STOREFRONT_SECRET"] || env["COOKIE_SECRET"] || env["JWT_SECRET"] || `ocop-handover:${runtimeConfig().publishableKey}`
}

function sign(cartId: string, exp: number): string {
  return createHmac("sha256", key()).update(`${cartId}.${exp}`).digest("base64url").slice(0, 32)
}

/** A link that opens `cartId` on another device (the kiosk's QR), valid for an hour. */
export function handoverPath(locale: string, cartId: string, now = Date.now()): string {
  const exp = now + TTL_MS
  return `/${locale}/cart/open/${encodeURIComponent(cartId)}?exp=${exp}&sig=${sign(cartId, exp)}`
}

export function verifyHandover(cartId: string, exp: string | null, sig: string | null, now = Date.now()): boolean {
  const expiry = Number(exp)
  if (!sig || !Number.isFinite(expiry) || expiry < now) return false
  const expected = Buffer.from(sign(cartId, expiry))
  const given = Buffer.from(sig)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
