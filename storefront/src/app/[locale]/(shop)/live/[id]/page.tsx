import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { LiveSeller } from "@/components/live-seller"
import { ReferralVisit } from "@/components/referral-visit"
import { ShareSheet } from "@/components/share-sheet"
import { customerReferralCode } from "@/lib/share/customer-code"
import { StreamReminder } from "@/components/stream-reminder"
import { runtimeConfig } from "@/lib/config"
import { getToken } from "@/lib/cookies"
import { channelPublishableKey, salesChannelId } from "@/lib/data/channels"
import { getStream } from "@/lib/data/live"
import { liveTicketPath } from "@/lib/live-ticket"
import { formatDateTime } from "@/lib/dates"
import { fmt, HTML_LANG } from "@/i18n"
import { pageLocale } from "@/lib/locale"
import { summary } from "@/lib/og/text"
import { siteOrigin } from "@/lib/site-url"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams?: Promise<{ reminder?: string }> }

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
export default async function LivePage({ params, searchParams }: Props) {
  const { id } = await params
  const { locale, t } = await pageLocale(params)
  const stream = await getStream(id, locale)
  if (stream === undefined) notFound()
  const c = runtimeConfig()
  // the customer's token stays in its httpOnly cookie: the widget asks for a 60 s ticket
  const [signedIn, origin, referralCode] = await Promise.all([getToken().then(Boolean), siteOrigin(), customerReferralCode()])
  return (
    <div className="live-page">
      <ReferralVisit page={{ stream_id: id }} customerCode={referralCode} />
      <h1>{stream?.title ?? t.live.title}</h1>
      {stream?.producer ? <p className="muted">{stream.producer.name}</p> : null}
      <ShareSheet url={`${origin}/${locale}/live/${id}`} title={stream?.title ?? t.live.title} customerCode={referralCode} page={{ stream_id: id }} t={t.share} />
      {stream?.status === "scheduled" && stream.scheduled_at ? (
        <p>{fmt(locale, t.live.scheduled, { at: formatDateTime(stream.scheduled_at, locale) })}</p>
      ) : null}
      {stream?.status === "ended" ? (
        <p>
          <a href={`/${locale}/live/${id}/replay`}>{t.replay.watch}</a>
        </p>
      ) : null}
      {stream?.status === "scheduled" ? (
        <StreamReminder
          streamId={id}
          locale={locale}
          t={t}
          signedIn={signedIn}
          calendar={Boolean(stream.scheduled_at)}
          outcome={(await searchParams)?.reminder}
        />
      ) : null}
      <script src="/ocop-live.js" async />
      <ocop-live
        className="live-player"
        layout="auto"
        stream={id}
        backend={c.publicBackendUrl}
        live={c.liveUrl}
        publishable-key={channelPublishableKey("live")}
        lang={locale}
        storefront={origin}
        sales-channel={salesChannelId("live")}
        ticket-url={signedIn ? liveTicketPath(id) : undefined}
        buyer-url={signedIn ? "/api/live/buyer" : undefined}
        order-url={signedIn ? "/api/live/claims/{claim}/order" : undefined}
      >
        <p>{t.live.noVideo}</p>
      </ocop-live>
      {stream?.seller ? <LiveSeller seller={stream.seller} t={t} locale={locale} /> : null}
    </div>
  )
}
