import "server-only"
import { createHmac, timingSafeEqual } from "node:crypto"
import { runtimeConfig } from "./config"

const TTL_MS = 60 * 60 * 1000

function key(): string {
  const env = process.env
  return env["STOREFRONT_SECRET"] || env["COOKIE_SECRET"] || env["JWT_SECRET"] || `ocop-handover:${runtimeConfig().publishableKey}`
}

function sign(cartId: string, exp: number, at?: string | null): string {
  return createHmac("sha256", key()).update(`${cartId}.${exp}${at ? `.${at}` : ""}`).digest("base64url").slice(0, 32)
}

/**
 * A link that opens `cartId` on another device (the kiosk's QR), valid for an
 * hour; `at` (signed too) is the kiosk's location key, for demand signals.
 */
export function handoverPath(locale: string, cartId: string, now = Date.now(), at?: string): string {
  const exp = now + TTL_MS
  const where = at ? `&at=${encodeURIComponent(at)}` : ""
  return `/${locale}/cart/open/${encodeURIComponent(cartId)}?exp=${exp}${where}&sig=${sign(cartId, exp, at)}`
}

export function verifyHandover(cartId: string, exp: string | null, sig: string | null, now = Date.now(), at?: string | null): boolean {
  const expiry = Number(exp)
  if (!sig || !Number.isFinite(expiry) || expiry < now) return false
  const expected = Buffer.from(sign(cartId, expiry, at))
  const given = Buffer.from(sig)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
