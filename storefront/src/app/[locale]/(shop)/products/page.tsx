import type { Metadata } from "next"
import { fmt } from "@/i18n"
import { DemandSignal } from "@/components/demand-signal"
import { Filters } from "@/components/filters"
import { ProductGrid } from "@/components/product-card"
import { listProducts } from "@/lib/data/products"
import { listParam, oneParam, pageLocale } from "@/lib/locale"

type Search = Promise<Record<string, string | string[] | undefined>>
const PAGE = 24
const ORDERS = ["-stars", "stars", "price", "-price", "title", "-created_at"] as const

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.catalogue.title }
}

export default async function Catalogue({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }) {
  const { locale, t } = await pageLocale(params)
  const sp = await searchParams
  const q = oneParam(sp.q)?.slice(0, 100) ?? ""
  const order = ORDERS.find((o) => o === oneParam(sp.order)) ?? "-stars"
  const page = Math.max(1, Math.floor(Number(oneParam(sp.page)) || 1))
  const minStars = Number(oneParam(sp.min_stars)) || undefined
  const selected = {
    stars: listParam(sp.stars).filter((s) => /^[3-5]$/.test(s)),
    group: listParam(sp.group),
    mark_kind: listParam(sp.mark_kind),
    district: listParam(sp.district),
    standard: listParam(sp.standard),
  }
  const inSeason = oneParam(sp.in_season) === "true"
  const list = await listProducts({
    q,
    min_stars: minStars && minStars >= 3 && minStars <= 5 ? minStars : undefined,
    ...selected,
    in_season: inSeason,
    order,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  }, locale)
  const action = `/${locale}/products`
  const pages = Math.max(1, Math.ceil(list.count / PAGE))
  const pageHref = (p: number) => {
    const u = new URLSearchParams()
    for (const [k, v] of Object.entries(sp)) for (const one of Array.isArray(v) ? v : v ? [v] : []) if (k !== "page") u.append(k, one)
    u.set("page", String(p))
    return `${action}?${u}`
  }
  return (
    <>
      {q && page === 1 ? <DemandSignal signals={[{ kind: "search", query: q }]} /> : null}
      <h1>{t.catalogue.title}</h1>
      <form className="search" role="search" method="get" action={action}>
        <label htmlFor="q" className="sr-only">
          {t.catalogue.search}
        </label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder={t.catalogue.search} />
        {Object.entries(selected).flatMap(([k, vs]) => vs.map((v) => <input key={`${k}-${v}`} type="hidden" name={k} value={v} />))}
        {inSeason ? <input type="hidden" name="in_season" value="true" /> : null}
        <button type="submit">{t.catalogue.searchButton}</button>
      </form>
      {!list.ocop ? <p className="notice">{t.catalogue.basic}</p> : null}
      <div className="catalogue">
        {list.ocop ? (
          <Filters
            t={t}
            facets={list.facets ?? {}}
            selected={selected}
            inSeason={inSeason}
            hidden={{ q: q || undefined, order, min_stars: minStars ? String(minStars) : undefined }}
            action={action}
          />
        ) : (
          <div />
        )}
        <section aria-labelledby="results">
          <div className="section-head">
            <h2 id="results" aria-live="polite">
              {fmt(locale, t.catalogue.results, { count: list.count })}
            </h2>
            <form method="get" action={action} className="sort">
              {Object.entries(selected).flatMap(([k, vs]) => vs.map((v) => <input key={`${k}-${v}`} type="hidden" name={k} value={v} />))}
              {q ? <input type="hidden" name="q" value={q} /> : null}
              {inSeason ? <input type="hidden" name="in_season" value="true" /> : null}
              <div>
                <label htmlFor="order">{t.catalogue.sort}</label>
                <select id="order" name="order" defaultValue={order}>
                  {ORDERS.map((o) => (
                    <option key={o} value={o}>
                      {t.order_by[o]}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="secondary">
                {t.catalogue.apply}
              </button>
            </form>
          </div>
          {list.products.length ? (
            <ProductGrid products={list.products} locale={locale} t={t} />
          ) : (
            <p>{t.catalogue.none}</p>
          )}
          {pages > 1 ? (
            <nav className="pager" aria-label={fmt(locale, t.catalogue.page, { page, pages })}>
              {page > 1 ? <a href={pageHref(page - 1)}>{t.catalogue.prev}</a> : null}
              <span>{fmt(locale, t.catalogue.page, { page, pages })}</span>
              {page < pages ? <a href={pageHref(page + 1)}>{t.catalogue.next}</a> : null}
            </nav>
          ) : null}
        </section>
      </div>
    </>
  )
}
