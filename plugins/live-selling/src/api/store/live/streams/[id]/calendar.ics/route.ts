import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../../../../../modules/livestream"
import { streamCalendar } from "../../../../../../modules/livestream/lib/calendar"
import { streamPageUrl } from "../../../../../../modules/livestream/lib/reminder-message"
import type LivestreamModuleService from "../../../../../../modules/livestream/service"

/** GET /store/live/streams/:id/calendar.ics (`?lang=vi|en|zh`): the stream as a calendar event. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const live = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [stream] = await live.listLiveStreams(
    { id: req.params.id },
    { select: ["id", "title_vi", "title_en", "description", "scheduled_at", "status"] }
  )
  if (!stream || !stream.scheduled_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no scheduled stream ${req.params.id}`)
  }
  // `lang`, not `locale`: Medusa reads `locale` itself (translations)
  const locale = ["en", "zh"].includes(String(req.query.lang)) ? String(req.query.lang) : "vi"
  const url = streamPageUrl(live.streamPageUrlTemplate, stream.id, locale)
  const body = streamCalendar({
    id: stream.id,
    title: (locale !== "vi" && stream.title_en) || stream.title_vi,
    description: stream.description,
    scheduledAt: new Date(stream.scheduled_at),
    url,
  })
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="live-${stream.id}.ics"`)
  res.send(body)
}
