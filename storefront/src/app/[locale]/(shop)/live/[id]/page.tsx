import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { runtimeConfig } from "@/lib/config"
import { getToken } from "@/lib/cookies"
import { salesChannelId } from "@/lib/data/channels"
import { getStream } from "@/lib/data/live"
import { formatDateTime } from "@/lib/dates"
import { fmt } from "@/i18n"
import { pageLocale } from "@/lib/locale"
import { siteOrigin } from "@/lib/site-url"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const { t } = await pageLocale(params)
  const stream = await getStream(id).catch(() => null)
  return { title: stream?.title ?? t.live.title }
}

/**
 * The live page: the stream's video with pinned products, the flash offer,
 * claim → checkout, chat and reactions, all in the <ocop-live> widget (the
 * same script producers embed on their own sites).
 */
export default async function LivePage({ params }: Props) {
  const { id } = await params
  const { locale, t } = await pageLocale(params)
  const stream = await getStream(id)
  if (stream === undefined) notFound()
  const c = runtimeConfig()
  const [token, origin] = await Promise.all([getToken(), siteOrigin()])
  return (
    <>
      <h1>{stream?.title ?? t.live.title}</h1>
      {stream?.producer ? <p className="muted">{stream.producer.name}</p> : null}
      {stream?.status === "scheduled" && stream.scheduled_at ? (
        <p>{fmt(t.live.scheduled, { at: formatDateTime(stream.scheduled_at, locale) })}</p>
      ) : null}
      <script src="/ocop-live.js" async />
      <ocop-live
        stream={id}
        backend={c.publicBackendUrl}
        live={c.liveUrl}
        publishable-key={c.publishableKey}
        lang={locale}
        storefront={origin}
        sales-channel={salesChannelId("live")}
        token={token}
      >
        <p>{t.live.noVideo}</p>
      </ocop-live>
    </>
  )
}
