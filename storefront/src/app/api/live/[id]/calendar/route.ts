import { NextResponse, type NextRequest } from "next/server"
import { runtimeConfig } from "@/lib/config"
import { channelPublishableKey } from "@/lib/data/channels"
import { STREAM_ID } from "@/lib/live-ticket"

/**
 * GET /api/live/:id/calendar?lang=…: the scheduled stream as an .ics file
 * (the backend's `GET /store/live/streams/:id/calendar.ics`, which needs the
 * publishable key a plain link cannot send).
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!STREAM_ID.test(id)) return NextResponse.json({ message: "id: expected a stream id" }, { status: 400 })
  const lang = ["vi", "en", "zh"].includes(req.nextUrl.searchParams.get("lang") ?? "") ? req.nextUrl.searchParams.get("lang")! : "vi"
  const res = await fetch(`${runtimeConfig().backendUrl}/store/live/streams/${encodeURIComponent(id)}/calendar.ics?lang=${lang}`, {
    headers: { "x-publishable-api-key": channelPublishableKey("live") },
    cache: "no-store",
  }).catch(() => null)
  if (!res) return NextResponse.json({ message: "the backend did not answer" }, { status: 502 })
  if (!res.ok) return NextResponse.json({ message: "no such scheduled stream" }, { status: res.status })
  return new NextResponse(await res.text(), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="live-${id}.ics"`,
    },
  })
}
