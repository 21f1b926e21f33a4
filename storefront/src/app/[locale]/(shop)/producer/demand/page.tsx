import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { DemandSupplyChart, PreOrderBookChart, SignalsChart } from "@/components/producer/demand-charts"
import { producerDemand } from "@/lib/data/producer-demand"
import { formatDateTime } from "@/lib/dates"
import { pageLocale } from "@/lib/locale"
import { isStatus } from "@/lib/medusa"
import { formatVnd } from "@/lib/money"
import { producerMe } from "@/lib/producer"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.demand.title, robots: { index: false } }
}

/** Producer console: the producer's own demand against supply per week, pre-order book and suggestions. */
export default async function ProducerDemand({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await pageLocale(params)
  const d = t.demand
  const me = await producerMe().catch((e) => {
    if (isStatus(e, 404)) return null
    throw e
  })
  if (!me) redirect(`/${locale}/producer`)
  let data: Awaited<ReturnType<typeof producerDemand>>
  try {
    data = await producerDemand()
  } catch (e) {
    if (!isStatus(e, 404)) throw e
    return (
      <>
        <h1>{d.title}</h1>
        <p>{t.producer.unavailable}</p>
      </>
    )
  }
  const { dashboard, book, preOrders } = data
  const series = dashboard.supply_demand
  return (
    <>
      <p>
        <a href={`/${locale}/producer`}>{d.back}</a>
      </p>
      <h1>
        {d.title} · {me.producer.name}
      </h1>
      <p className="muted">{d.intro}</p>

      <section aria-labelledby="h-sd">
        <h2 id="h-sd" className="sr-only">
          {d.title}
        </h2>
        {series.length ? (
          <div className="demand-grid">
            {series.map((s) => (
              <DemandSupplyChart key={s.product_id} series={s} currentWeek={dashboard.current_week} t={t} locale={locale} />
            ))}
          </div>
        ) : (
          <p>{d.noProducts}</p>
        )}
      </section>

      <section aria-labelledby="h-signals">
        <h2 id="h-signals">{d.signals}</h2>
        {dashboard.signals.length ? <SignalsChart dashboard={dashboard} t={t} locale={locale} /> : <p>{d.noSignals}</p>}
      </section>

      <div className="checkout">
        <section aria-labelledby="h-book">
          <h2 id="h-book">{d.preOrders}</h2>
          {book.length ? <PreOrderBookChart book={book} t={t} locale={locale} /> : <p>{d.noPreOrders}</p>}
          {preOrders.pre_orders.length ? (
            <>
              <h3>{d.recent}</h3>
              <ul className="lines" data-testid="pre-orders">
                {preOrders.pre_orders.map((p) => (
                  <li key={p.id}>
                    <div className="what">
                      {p.product?.title ?? p.product_id} × {p.quantity}
                      <div className="muted">
                        {d.expectedWeek} {p.expected_week} · {d.statuses[p.status as keyof typeof d.statuses] ?? p.status} ·{" "}
                        {formatDateTime(p.created_at, locale)}
                        {p.deposit_amount ? ` · ${d.deposits} ${formatVnd(p.deposit_amount, locale)}` : ""}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section aria-labelledby="h-sugg" className="facts">
          <h2 id="h-sugg">{d.suggestions}</h2>
          {dashboard.suggestions.length ? (
            <ul className="lines" data-testid="suggestions">
              {dashboard.suggestions.map((s) => (
                <li key={s.id}>
                  <div className="what">
                    {locale === "vi" ? s.message_vi : s.message}
                    <div className="muted">
                      {s.week} · {d.atStake} {formatVnd(s.value_at_stake, locale)}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{d.noSuggestions}</p>
          )}
        </section>
      </div>
    </>
  )
}
