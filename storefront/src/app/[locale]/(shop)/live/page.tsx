import type { Metadata } from "next"
import { StreamList } from "@/components/stream-list"
import { listStreams } from "@/lib/data/live"
import { pageLocale } from "@/lib/locale"

// the same for every visitor: from Next's cache, made on the first visit, kept until a tag it read is dropped or 60 s
export const revalidate = 60
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.live.title }
}

export default async function LiveIndex({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await pageLocale(params)
  const [live, scheduled, ended] = await Promise.all([listStreams("live", locale), listStreams("scheduled", locale), listStreams("ended", locale)])
  if (live === null) {
    return (
      <>
        <h1>{t.live.title}</h1>
        <p>{t.live.unavailable}</p>
      </>
    )
  }
  return (
    <>
      <h1>{t.live.title}</h1>
      {!live.length && !scheduled?.length ? <p>{t.live.noStreams}</p> : null}
      {live.length ? (
        <section aria-labelledby="h-live">
          <h2 id="h-live">{t.home.liveNow}</h2>
          <StreamList streams={live} locale={locale} t={t} />
        </section>
      ) : null}
      {scheduled?.length ? (
        <section aria-labelledby="h-sched">
          <h2 id="h-sched">{t.home.upcoming}</h2>
          <StreamList streams={scheduled} locale={locale} t={t} />
        </section>
      ) : null}
      {ended?.length ? (
        <section aria-labelledby="h-past">
          <h2 id="h-past">{t.producer.past}</h2>
          <StreamList streams={ended.slice(0, 12)} locale={locale} t={t} />
        </section>
      ) : null}
    </>
  )
}
