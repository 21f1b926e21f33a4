import type { Metadata } from "next"
import { fmt } from "@/i18n"
import { DemandSignal } from "@/components/demand-signal"
import { Filters } from "@/components/filters"
import { ProductGrid } from "@/components/product-card"
import { listProducts } from "@/lib/data/products"
import { CATALOGUE_ORDERS, CATALOGUE_PAGE_SIZE as PAGE, catalogueSearch, parseCatalogueQuery, type RawSearch } from "@/lib/catalogue-query"
import { pageLocale } from "@/lib/locale"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.catalogue.title }
}

/**
 * Rendered from the query in normal form only (lib/catalogue-query.ts), and
 * from nothing of the visitor: the storefront server keeps one copy per normal
 * form for everyone (server/catalogue-pages.ts).
 */
export default async function Catalogue({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<RawSearch> }) {
  const { locale, t } = await pageLocale(params)
  const query = parseCatalogueQuery(await searchParams)
  const { q, order, page, selected } = query
  const minStars = query.min_stars
  const inSeason = query.in_season
  const list = await listProducts({
    q,
    min_stars: minStars,
    ...selected,
    in_season: inSeason,
    order,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  }, locale)
  const action = `/${locale}/products`
  const pages = Math.max(1, Math.ceil(list.count / PAGE))
  const pageHref = (p: number) => {
    const search = catalogueSearch({ ...query, page: p }).toString()
    return search ? `${action}?${search}` : action
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
                  {CATALOGUE_ORDERS.map((o) => (
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
