import type { Metadata } from "next"
import { TITLE_MAX } from "@ocop-live/contract"
import { producerSignIn, producerSignOut, scheduleStream } from "@/lib/actions/producer"
import { formatDateTime } from "@/lib/dates"
import { oneParam, pageLocale } from "@/lib/locale"
import { producerFetch, producerMe, type ProducerProduct, type ProducerStream } from "@/lib/producer"
import { isStatus } from "@/lib/medusa"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.producer.title, robots: { index: false } }
}

/** Producer console: sign in, schedule streams, and the list of streams. */
export default async function ProducerHome({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { locale, t } = await pageLocale(params)
  const error = oneParam((await searchParams).error)
  const p = t.producer
  let me: Awaited<ReturnType<typeof producerMe>> = null
  try {
    me = await producerMe()
  } catch (e) {
    if (!isStatus(e, 404)) throw e
    return (
      <>
        <h1>{p.title}</h1>
        <p>{p.unavailable}</p>
      </>
    )
  }
  if (!me) {
    return (
      <>
        <h1>{p.signIn}</h1>
        {error ? (
          <p className="error" role="alert">
            {t.account.badLogin}
          </p>
        ) : null}
        <form action={producerSignIn} aria-labelledby="h-psi" style={{ maxWidth: "28rem" }}>
          <h2 id="h-psi" className="sr-only">
            {p.signIn}
          </h2>
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="p-email">{t.account.email}</label>
          <input id="p-email" name="email" type="email" autoComplete="username" required />
          <label htmlFor="p-password">{t.account.password}</label>
          <input id="p-password" name="password" type="password" autoComplete="current-password" required />
          <p>
            <button type="submit">{t.account.signIn}</button>
          </p>
        </form>
      </>
    )
  }
  const [{ streams }, { products }] = await Promise.all([
    producerFetch<{ streams: ProducerStream[] }>("/producer/streams", { query: { limit: 50 } }),
    producerFetch<{ products: ProducerProduct[] }>("/producer/products"),
  ])
  const groups = (["live", "scheduled", "ended"] as const).map((status) => ({ status, list: streams.filter((s) => s.status === status) }))
  const heading = { live: t.home.liveNow, scheduled: t.home.upcoming, ended: p.past }
  return (
    <>
      <div className="section-head">
        <h1>{me.producer.name}</h1>
        <form action={producerSignOut}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="secondary">
            {t.account.signOut}
          </button>
        </form>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        <a href={`/${locale}/producer/demand`} data-testid="demand-link">
          {t.demand.link} →
        </a>
      </p>
      <div className="checkout">
        <section aria-labelledby="h-streams">
          <h2 id="h-streams">{p.streams}</h2>
          {groups.map((g) =>
            g.list.length ? (
              <div key={g.status}>
                <h3>{heading[g.status]}</h3>
                <ul className="lines">
                  {g.list.map((s) => (
                    <li key={s.id}>
                      <div className="what">
                        <a href={`/${locale}/producer/streams/${s.id}`}>{s.title}</a>
                        <div className="muted">{formatDateTime(s.started_at ?? s.scheduled_at, locale)}</div>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null
          )}
        </section>
        <form action={scheduleStream} aria-labelledby="h-schedule" className="facts">
          <h2 id="h-schedule">{p.schedule}</h2>
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="s-title">{p.streamTitle}</label>
          <input id="s-title" name="title" required maxLength={TITLE_MAX} />
          <label htmlFor="s-title-en">{p.streamTitle} (English)</label>
          <input id="s-title-en" name="title_en" maxLength={TITLE_MAX} lang="en" />
          <label htmlFor="s-at">{p.when}</label>
          <input id="s-at" name="scheduled_at" type="datetime-local" />
          <div className="row">
            <div style={{ flex: "0 0 8rem" }}>
              <label htmlFor="s-kind">Video</label>
              <select id="s-kind" name="video_kind" defaultValue="hls">
                <option value="hls">HLS</option>
                <option value="youtube">YouTube</option>
                <option value="facebook">Facebook</option>
                <option value="tiktok">TikTok</option>
              </select>
            </div>
            <div>
              <label htmlFor="s-url">{p.videoUrl}</label>
              <input id="s-url" name="video_url" type="url" inputMode="url" />
            </div>
          </div>
          <fieldset style={{ marginTop: "0.75rem" }}>
            <legend>{p.pin}</legend>
            {products.map((pr) => (
              <label key={pr.id} className="choice" htmlFor={`sp-${pr.id}`}>
                <input id={`sp-${pr.id}`} type="checkbox" name="product_id" value={pr.id} />
                <span>{pr.title}</span>
              </label>
            ))}
          </fieldset>
          <button type="submit">{p.schedule}</button>
        </form>
      </div>
    </>
  )
}
