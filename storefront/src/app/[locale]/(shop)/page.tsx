import { fmt } from "@/i18n"
import { ProductGrid } from "@/components/product-card"
import { StreamList } from "@/components/stream-list"
import { listStreams } from "@/lib/data/live"
import { listProducts } from "@/lib/data/products"
import { ocopStats } from "@/lib/data/stats"
import { pageLocale } from "@/lib/locale"

// the same for every visitor: from Next's cache, made on the first visit, kept until a tag it read is dropped or 60 s
export const revalidate = 60
export const generateStaticParams = async () => []

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await pageLocale(params)
  const [picks, gi, season, live, upcoming, stats] = await Promise.all([
    listProducts({ min_stars: 4, order: "-stars", limit: 8 }, locale),
    listProducts({ mark_kind: ["geographical_indication"], limit: 8 }, locale),
    listProducts({ in_season: true, limit: 8 }, locale),
    listStreams("live", locale),
    listStreams("scheduled", locale),
    ocopStats(),
  ])
  const base = `/${locale}/products`
  const sections = picks.ocop
    ? [
        { id: "picks", title: t.home.picks, list: picks, href: `${base}?min_stars=4` },
        { id: "gi", title: t.home.gi, list: gi, href: `${base}?mark_kind=geographical_indication` },
        { id: "season", title: t.home.season, list: season, href: `${base}?in_season=true` },
      ]
    : [{ id: "all", title: t.catalogue.title, list: picks, href: base }]
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t.home.heroTitle}</h1>
        <p>{t.home.heroText}</p>
        {stats ? (
          <p className="muted">
            {fmt(locale, t.home.stats, { total: stats.certified.total, producers: stats.producers })}
          </p>
        ) : null}
        <a className="btn" href={base}>
          {t.home.shopNow}
        </a>
      </section>
      {live && live.length ? (
        <section aria-labelledby="live-now">
          <h2 id="live-now">{t.home.liveNow}</h2>
          <StreamList streams={live} locale={locale} t={t} />
        </section>
      ) : null}
      {upcoming && upcoming.length ? (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{t.home.upcoming}</h2>
          <StreamList streams={upcoming.slice(0, 4)} locale={locale} t={t} />
        </section>
      ) : null}
      {sections
        .filter((s) => s.list.products.length)
        .map((s) => (
          <section key={s.id} aria-labelledby={`h-${s.id}`}>
            <div className="section-head">
              <h2 id={`h-${s.id}`}>{s.title}</h2>
              <a href={s.href}>
                {t.home.seeAll}
                <span className="sr-only">: {s.title}</span>
              </a>
            </div>
            <ProductGrid products={s.list.products} locale={locale} t={t} />
          </section>
        ))}
    </>
  )
}
