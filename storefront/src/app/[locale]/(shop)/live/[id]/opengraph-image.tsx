import { fmt } from "@/i18n"
import { getStream } from "@/lib/data/live"
import { formatDateTime } from "@/lib/dates"
import { SHARE_IMAGE_SIZE, shareImage } from "@/lib/og/card"
import { SHARE_KICKER, shareLocale } from "@/lib/og/share-texts"

export const size = SHARE_IMAGE_SIZE
export const contentType = "image/png"
export const alt = "OCOP Lạng Sơn live"

type Params = { locale: string; id: string }

/** The stream's share card: its title and seller, LIVE while on air, the start time while scheduled. */
export default async function Image({ params }: { params: Params | Promise<Params> }) {
  const { locale: asked, id } = await params
  const { locale, t } = shareLocale(asked)
  const stream = await getStream(id, locale).catch(() => null)
  return shareImage({
    kicker: SHARE_KICKER,
    title: stream?.title ?? t.live.title,
    subtitle: stream?.producer?.name ?? null,
    badge: stream?.status === "live" ? "LIVE" : null,
    footer:
      stream?.status === "scheduled" && stream.scheduled_at
        ? fmt(locale, t.live.scheduled, { at: formatDateTime(stream.scheduled_at, locale) })
        : null,
  })
}
