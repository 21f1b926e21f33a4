import { NextResponse, type NextRequest } from "next/server"
import { runtimeConfig } from "@/lib/config"
import { getToken } from "@/lib/cookies"
import { channelPublishableKey } from "@/lib/data/channels"
import { STREAM_ID } from "@/lib/live-ticket"

const NO_STORE = { "cache-control": "no-store" }

/**
 * POST /api/live/ticket?stream=…: for the signed-in customer (its httpOnly
 * cookie), a live ticket from the backend (`POST /store/live/streams/:id/ticket`,
 * valid 60 s, for that stream only). The live page's <ocop-live> asks it at
 * every connection, so the customer's token never appears in the page.
 */
export async function POST(req: NextRequest) {
  const stream = req.nextUrl.searchParams.get("stream") ?? ""
  if (!STREAM_ID.test(stream)) return NextResponse.json({ message: "stream: expected a stream id" }, { status: 400, headers: NO_STORE })
  const token = await getToken()
  if (!token) return NextResponse.json({ message: "sign in to get a live ticket" }, { status: 401, headers: NO_STORE })
  const res = await fetch(`${runtimeConfig().backendUrl}/store/live/streams/${encodeURIComponent(stream)}/ticket`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": channelPublishableKey("live"), authorization: `Bearer ${token}` },
    body: "{}",
    cache: "no-store",
  }).catch(() => null)
  if (!res) return NextResponse.json({ message: "the backend did not answer" }, { status: 502, headers: NO_STORE })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) return NextResponse.json({ message: body?.message ?? "no ticket" }, { status: res.status, headers: NO_STORE })
  return NextResponse.json({ ticket: body.ticket, expires_at: body.expires_at }, { headers: NO_STORE })
}
