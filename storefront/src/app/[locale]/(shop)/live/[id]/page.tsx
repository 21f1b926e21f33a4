import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { LiveSeller } from "@/components/live-seller"
import { ReferralVisit } from "@/components/referral-visit"
import { ShareSheet } from "@/components/share-sheet"
import { StreamReminder } from "@/components/stream-reminder"
import { runtimeConfig } from "@/lib/config"
import { channelPublishableKey, salesChannelId } from "@/lib/data/channels"
import { getStream } from "@/lib/data/live"
import { LivePlayer } from "@/components/live-player"
import { formatDateTime } from "@/lib/dates"
import { fmt, HTML_LANG } from "@/i18n"
import { pageLocale } from "@/lib/locale"
import { summary } from "@/lib/og/text"
import { Suspense } from "react"

type Props = { params: Promise<{ locale: string; id: string }> }

// The same page for every viewer, from Next's cache (made on the first visit,
// kept until its stream's tag is dropped, or 5 s: the stream reads' lifetime);
// live state comes from the gateway, the viewer's own bits from GET /api/visitor.
export const revalidate = 60
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const { locale, t } = await pageLocale(params)
  const stream = await getStream(id, locale).catch(() => null)
  const title = stream?.title ?? t.live.title
  const description = summary([stream?.producer?.name, stream?.description].filter(Boolean).join(" — ")) ?? t.live.title
  return {
    title,
    description,
    // og:image comes from opengraph-image.tsx beside this page
    openGraph: { title, description, type: "video.other", siteName: t.site.name, locale: HTML_LANG[locale] },
    twitter: { card: "summary_large_image", title, description },
  }
}

/**
 * The live page: the stream's video with pinned products, the flash offer,
 * claim → checkout, chat and reactions, all in the <ocop-live> widget (the
 * same script producers embed on their own sites), and who sells. On a
 * phone the element is the vertical player filling the screen under a slim
 * header (globals.css, "live page").
 */
export default async function LivePage({ params }: Props) {
  const { id } = await params
  const { locale, t } = await pageLocale(params)
  const stream = await getStream(id, locale)
  if (stream === undefined) notFound()
  const c = runtimeConfig()
  return (
    <div className="live-page">
      <ReferralVisit page={{ stream_id: id }} />
      <h1>{stream?.title ?? t.live.title}</h1>
      {stream?.producer ? <p className="muted">{stream.producer.name}</p> : null}
      <ShareSheet path={`/${locale}/live/${id}`} title={stream?.title ?? t.live.title} page={{ stream_id: id }} t={t.share} />
      {stream?.status === "scheduled" && stream.scheduled_at ? (
        <p>{fmt(locale, t.live.scheduled, { at: formatDateTime(stream.scheduled_at, locale) })}</p>
      ) : null}
      {stream?.status === "ended" ? (
        <p>
          <a href={`/${locale}/live/${id}/replay`}>{t.replay.watch}</a>
        </p>
      ) : null}
      {stream?.status === "scheduled" ? (
        <Suspense fallback={null}>
          <StreamReminder streamId={id} locale={locale} t={{ live: t.live }} calendar={Boolean(stream.scheduled_at)} />
        </Suspense>
      ) : null}
      <script src="/ocop-live.js" async />
      <LivePlayer
        stream={id}
        backend={c.publicBackendUrl}
        live={c.liveUrl}
        publishableKey={channelPublishableKey("live")}
        lang={locale}
        salesChannel={salesChannelId("live")}
      >
        <p>{t.live.noVideo}</p>
      </LivePlayer>
      {stream?.seller ? <LiveSeller seller={stream.seller} t={t} locale={locale} /> : null}
    </div>
  )
}
