import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ReplayPlayer } from "@/components/replay-player"
import { getReplay, getStream, replayProducts } from "@/lib/data/live"
import { vietnamRegion } from "@/lib/data/regions"
import { pageLocale } from "@/lib/locale"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const { locale, t } = await pageLocale(params)
  const stream = await getStream(id, locale).catch(() => null)
  return { title: `${t.replay.title}: ${stream?.title ?? t.live.title}` }
}

/**
 * An ended stream's replay: its recording with the timeline of what was
 * pinned and offered (from the stream's event log), and at the player's
 * position the pinned products to buy at their regular price (the live
 * offers ended with the stream).
 */
export default async function ReplayPage({ params }: Props) {
  const { id } = await params
  const { locale, t } = await pageLocale(params)
  const [stream, replay] = await Promise.all([getStream(id, locale), getReplay(id)])
  if (stream === undefined || replay === undefined) notFound()
  const ids = [...new Set([...replay.timeline.pins.flatMap((p) => p.product_ids), ...replay.timeline.offers.map((o) => o.product_id)])]
  const region = await vietnamRegion()
  const products = await replayProducts(ids, region?.id).catch(() => ({}))
  return (
    <div className="replay-page">
      <h1>{t.replay.title}</h1>
      <p>
        <a href={`/${locale}/live/${id}`}>{stream?.title ?? t.live.title}</a>
        {stream?.producer ? <span className="muted"> · {stream.producer.name}</span> : null}
      </p>
      {replay.recordings.length ? (
        <ReplayPlayer replay={replay} products={products} locale={locale} t={t.replay} />
      ) : (
        <p>{t.replay.noRecording}</p>
      )}
    </div>
  )
}
