import "server-only"
import { createHmac } from "node:crypto"
import { currentCustomer } from "../data/customer"
import { codeFromBytes } from "./referral"

function key(): string | null {
  const env = process.env
  return env["STOREFRONT_SECRET"] || env["COOKIE_SECRET"] || env["JWT_SECRET"] || null
}

/**
 * A signed-in customer's referral code: a keyed hash of the customer id, the
 * same on every device and page, from which the id cannot be read back.
 * Null for a guest (the browser then keeps a random code), or without a secret.
 */
export async function customerReferralCode(): Promise<string | null> {
  const secret = key()
  if (!secret) return null
  const customer = await currentCustomer().catch(() => null)
  if (!customer) return null
  return codeFromBytes(createHmac("sha256", secret).update(`referral:${customer.id}`).digest())
}
