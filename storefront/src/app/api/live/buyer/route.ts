import { NextResponse } from "next/server"
import { runtimeConfig } from "@/lib/config"
import { getToken } from "@/lib/cookies"
import { channelPublishableKey } from "@/lib/data/channels"

const NO_STORE = { "cache-control": "no-store" }
const FIELDS = "id,email,first_name,last_name,phone,*addresses"

/**
 * GET /api/live/buyer: the signed-in customer (its httpOnly cookie) with its
 * saved addresses, from the store API `GET /store/customers/me`. The live
 * page's <ocop-live> asks it when a claim opens the checkout sheet, so a buyer
 * with a saved address orders in one more tap; the token stays in its cookie.
 */
export async function GET() {
  const token = await getToken()
  if (!token) return NextResponse.json({ message: "sign in to use your saved address" }, { status: 401, headers: NO_STORE })
  const res = await fetch(`${runtimeConfig().backendUrl}/store/customers/me?fields=${encodeURIComponent(FIELDS)}`, {
    headers: { "x-publishable-api-key": channelPublishableKey("live"), authorization: `Bearer ${token}` },
    cache: "no-store",
  }).catch(() => null)
  if (!res) return NextResponse.json({ message: "the backend did not answer" }, { status: 502, headers: NO_STORE })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) return NextResponse.json({ message: body?.message ?? "no customer" }, { status: res.status, headers: NO_STORE })
  const { email, first_name, last_name, phone, addresses } = body.customer ?? {}
  return NextResponse.json({ customer: { email, first_name, last_name, phone, addresses: addresses ?? [] } }, { headers: NO_STORE })
}
