import { NextResponse, type NextRequest } from "next/server"
import { runtimeConfig } from "@/lib/config"
import { getToken } from "@/lib/cookies"
import { channelPublishableKey } from "@/lib/data/channels"

const NO_STORE = { "cache-control": "no-store" }
const CLAIM_ID = /^[A-Za-z0-9_]{1,100}$/

/**
 * POST /api/live/claims/:id/order `{ payment: "cod" | "vietqr", shipping_option_id?, address_id? }`:
 * the signed-in customer's (its httpOnly cookie) held claim becomes an order
 * in one request, the backend's `POST /store/live/claims/:id/order` (one
 * workflow, rate-limited there). The live page's <ocop-live> calls it on the
 * second tap (`order-url`), so the token never reaches the page. The body
 * goes through as sent: the backend validates it (400 naming the field) and
 * decides everything else (403 another buyer's claim, 409 expired or already
 * ordered; nothing written then).
 */
export async function POST(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!CLAIM_ID.test(id)) return NextResponse.json({ message: "id: expected a claim id" }, { status: 400, headers: NO_STORE })
  // JSON only: a cross-site form cannot send it without a CORS preflight (which this route does not answer)
  if (!(req.headers.get("content-type") ?? "").startsWith("application/json")) {
    return NextResponse.json({ message: "content-type: expected application/json" }, { status: 415, headers: NO_STORE })
  }
  const body = await req.json().catch(() => undefined)
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return NextResponse.json({ message: "body: expected a JSON object" }, { status: 400, headers: NO_STORE })
  }
  const token = await getToken()
  if (!token) return NextResponse.json({ message: "sign in to order a claim in one step" }, { status: 401, headers: NO_STORE })
  const res = await fetch(`${runtimeConfig().backendUrl}/store/live/claims/${encodeURIComponent(id)}/order`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": channelPublishableKey("live"), authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    cache: "no-store",
  }).catch(() => null)
  if (!res) return NextResponse.json({ message: "the backend did not answer" }, { status: 502, headers: NO_STORE })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) return NextResponse.json({ message: data?.message ?? "the order was not placed" }, { status: res.status, headers: NO_STORE })
  return NextResponse.json({ order: data.order }, { headers: NO_STORE })
}
