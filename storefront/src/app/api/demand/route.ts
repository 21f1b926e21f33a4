import { NextResponse, type NextRequest } from "next/server"
import { cleanSignal, MAX_BATCH, type DemandEvent } from "@/lib/demand/batcher"
import { sendDemandBatch } from "@/lib/demand/server"

const MAX_BODY = 256 * 1024
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const SESSION = /^[A-Za-z0-9_-]{8,64}$/

/**
 * POST /api/demand `{ events }` (≤ 500): the browser's demand signals, sent on
 * to Medusa with the publishable key (same origin, so `sendBeacon` works).
 * Only known fields are forwarded; 202 with the number forwarded.
 */
export async function POST(req: NextRequest) {
  const text = await req.text()
  if (text.length > MAX_BODY) return NextResponse.json({ message: "body too large" }, { status: 413 })
  let events: unknown
  try {
    events = (JSON.parse(text) as { events?: unknown })?.events
  } catch {
    return NextResponse.json({ message: "expected JSON" }, { status: 400 })
  }
  if (!Array.isArray(events) || !events.length || events.length > MAX_BATCH) {
    return NextResponse.json({ message: `events: expected 1 to ${MAX_BATCH} events` }, { status: 400 })
  }
  const clean: DemandEvent[] = []
  for (const e of events as DemandEvent[]) {
    const signal = e && typeof e === "object" ? cleanSignal(e) : null
    if (!signal || typeof e.occurred_at !== "string" || !TIME.test(e.occurred_at)) continue
    const session = SESSION.test(e.session_id ?? "") ? e.session_id : undefined
    // a visit through a shared link is counted once per session: none without one
    if (signal.kind === "referral_visit" && !session) continue
    clean.push({ ...signal, occurred_at: e.occurred_at, ...(session ? { session_id: session } : {}) })
  }
  if (!clean.length) return NextResponse.json({ message: "events: none usable" }, { status: 400 })
  const status = await sendDemandBatch(clean)
  return NextResponse.json({ forwarded: status >= 200 && status < 300 ? clean.length : 0 }, { status: status >= 200 && status < 300 ? 202 : 502 })
}
