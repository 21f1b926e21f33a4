import { NextResponse } from "next/server"
import { getToken } from "@/lib/cookies"
import { currentCart } from "@/lib/data/cart"
import { customerReferralCode } from "@/lib/share/customer-code"
import type { Visitor } from "@/lib/visitor"

/**
 * GET /api/visitor: what is this visitor's own on a page served from cache
 * (the same for everyone): the items in its cart, whether it is signed in
 * and its referral code (both from its httpOnly cookies, which stay there).
 * A guest without a cart costs no backend call.
 */
export async function GET() {
  const [cart, signedIn, referralCode] = await Promise.all([
    currentCart().catch(() => null),
    getToken().then(Boolean),
    customerReferralCode().catch(() => null),
  ])
  const body: Visitor = {
    cart_items: cart?.items?.reduce((s, i) => s + i.quantity, 0) ?? 0,
    signed_in: signedIn,
    referral_code: referralCode,
  }
  return NextResponse.json(body, { headers: { "cache-control": "private, no-store" } })
}
