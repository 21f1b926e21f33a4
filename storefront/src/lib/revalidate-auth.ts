import "server-only"
import { createHash, timingSafeEqual } from "node:crypto"

/** The shared secret the backend sends with `POST /api/revalidate` (none: the route refuses everything). */
export function revalidateSecret(): string | undefined {
  const value = process.env.STOREFRONT_REVALIDATE_SECRET?.trim()
  return value || undefined
}

/** The secret a request carries: `x-revalidate-secret`, or `Authorization: Bearer …`. */
export function givenSecret(headers: Headers): string {
  const direct = headers.get("x-revalidate-secret")
  if (direct) return direct.trim()
  const auth = headers.get("authorization") ?? ""
  return auth.toLowerCase().startsWith("bearer ") ? auth.slice(7).trim() : ""
}

/** Constant-time comparison (both sides hashed to the same length first). */
export function secretMatches(given: string, expected: string | undefined): boolean {
  if (!expected || !given) return false
  const a = createHash("sha256").update(given).digest()
  const b = createHash("sha256").update(expected).digest()
  return timingSafeEqual(a, b)
}
