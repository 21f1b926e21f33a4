import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { OFFER, SLOW_MODE_SECONDS } from "@ocop-live/contract"

import { fmt } from "@/i18n"
import { IngestPanel } from "@/components/producer/ingest-panel"
import { LivePanel } from "@/components/producer/live-panel"
import { RelayPanel } from "@/components/producer/relay-panel"
import { endStream, launchOffer, pinProducts, setSlowMode, startStream, stopOffer } from "@/lib/actions/producer"
import { formatDateTime } from "@/lib/dates"
import { oneParam, pageLocale } from "@/lib/locale"
import { formatVnd } from "@/lib/money"
import { producerFetch, producerMe, type ProducerProduct, type ProducerStream } from "@/lib/producer"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.producer.title, robots: { index: false } }
}

/** One stream: go live (button, or from an encoder with the ingest panel) / end, pin, flash offers, slow mode, live figures and chat moderation. */
export default async function ProducerStreamPage({ params, searchParams }: Props) {
  const { id } = await params
  const { locale, t } = await pageLocale(params)
  const error = oneParam((await searchParams).error)
  if (!(await producerMe())) redirect(`/${locale}/producer`)
  const [{ stream }, { products }] = await Promise.all([
    producerFetch<{ stream: ProducerStream }>(`/producer/streams/${encodeURIComponent(id)}`),
    producerFetch<{ products: ProducerProduct[] }>("/producer/products"),
  ])
  const p = t.producer
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="stream_id" value={stream.id} />
    </>
  )
  const live = stream.status === "live"
  return (
    <>
      <p>
        <a href={`/${locale}/producer`}>← {p.streams}</a>
      </p>
      <div className="section-head">
        <h1>{stream.title}</h1>
        <span className="tag" data-testid="stream-status">
          {stream.status === "live" ? t.live.live : stream.status === "ended" ? t.live.ended : fmt(locale, t.live.scheduled, { at: formatDateTime(stream.scheduled_at, locale) })}
        </span>
        {stream.reminder_count ? (
          <span className="tag" data-testid="reminder-count">
            {fmt(locale, p.reminders, { n: stream.reminder_count })}
          </span>
        ) : null}
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {stream.status === "scheduled" && stream.seller && !stream.seller.verification ? (
        <p className="error" data-testid="not-verified">
          {p.notVerified}
        </p>
      ) : null}
      <div className="row" style={{ margin: "1rem 0" }}>
        {stream.status === "scheduled" ? (
          <form action={startStream}>
            {hidden}
            <button type="submit">{p.goLive}</button>
          </form>
        ) : null}
        {live ? (
          <form action={endStream}>
            {hidden}
            <button type="submit" className="danger">
              {p.end}
            </button>
          </form>
        ) : null}
        <a className="btn secondary" href={`/${locale}/live/${stream.id}`} style={{ flex: "0 0 auto" }}>
          {t.live.watch}
        </a>
      </div>
      <div className="checkout">
        <div style={{ display: "grid", gap: "1rem", alignContent: "start" }}>
          {stream.status !== "ended" ? (
            <>
              <IngestPanel streamId={stream.id} locale={locale} t={p.ingest} />
              <RelayPanel streamId={stream.id} live={live} locale={locale} t={p.relay} />
              <form action={launchOffer} className="facts" aria-labelledby="h-launch">
                <h2 id="h-launch">{p.launch}</h2>
                {hidden}
                <label htmlFor="o-variant">{t.product.variant}</label>
                <select id="o-variant" name="variant_id" required>
                  {products.flatMap((pr) =>
                    pr.variants.map((v) => (
                      <option key={v.id} value={v.id}>
                        {pr.title} · {v.title} · {formatVnd(v.price, locale)}
                      </option>
                    ))
                  )}
                </select>
                <div className="row">
                  <div>
                    <label htmlFor="o-price">{p.price} (₫)</label>
                    <input id="o-price" name="price" type="number" min={OFFER.price.min} max={OFFER.price.max} step={1000} required inputMode="numeric" />
                  </div>
                  <div>
                    <label htmlFor="o-qty">{p.quantity}</label>
                    <input id="o-qty" name="quantity" type="number" min={OFFER.quantity.min} max={OFFER.quantity.max} defaultValue={10} required />
                  </div>
                  <div>
                    <label htmlFor="o-limit">{p.perCustomer}</label>
                    <input id="o-limit" name="per_customer_limit" type="number" min={OFFER.perCustomerLimit.min} max={OFFER.perCustomerLimit.max} defaultValue={OFFER.perCustomerLimit.default} />
                  </div>
                </div>
                <div className="row">
                  <div>
                    <label htmlFor="o-starts">{p.startsIn}</label>
                    <input id="o-starts" name="starts_in_sec" type="number" min={OFFER.startsInSec.min} max={OFFER.startsInSec.max} defaultValue={OFFER.startsInSec.default} />
                  </div>
                  <div>
                    <label htmlFor="o-duration">{p.duration}</label>
                    <input id="o-duration" name="duration_sec" type="number" min={OFFER.durationSec.min} max={OFFER.durationSec.max} defaultValue={OFFER.durationSec.default} />
                  </div>
                </div>
                <p>
                  <button type="submit">{p.launch}</button>
                </p>
              </form>
              <form action={pinProducts} className="facts" aria-labelledby="h-pin">
                <h2 id="h-pin">{p.pin}</h2>
                {hidden}
                {products.map((pr) => (
                  <label key={pr.id} className="choice" htmlFor={`pin-${pr.id}`}>
                    <input id={`pin-${pr.id}`} type="checkbox" name="product_id" value={pr.id} defaultChecked={stream.pinned_product_ids.includes(pr.id)} />
                    <span>{pr.title}</span>
                  </label>
                ))}
                <button type="submit" className="secondary">
                  {p.pin}
                </button>
              </form>
              <form action={setSlowMode} className="facts row" aria-labelledby="h-slow">
                {hidden}
                <div>
                  <label htmlFor="slow" id="h-slow">
                    {p.slowMode}
                  </label>
                  <input id="slow" name="seconds" type="number" min={SLOW_MODE_SECONDS.min} max={SLOW_MODE_SECONDS.max} defaultValue={stream.slow_mode_seconds ?? 0} />
                </div>
                <button type="submit" className="secondary" style={{ flex: "none" }}>
                  {t.catalogue.apply}
                </button>
              </form>
            </>
          ) : null}
          {stream.offers?.length ? (
            <section className="facts" aria-labelledby="h-offers">
              <h2 id="h-offers">{t.live.flash}</h2>
              <ul className="lines">
                {stream.offers.map((o) => (
                  <li key={o.id} data-testid="producer-offer">
                    <div className="what">
                      {o.title}
                      <div className="muted">
                        {formatVnd(o.price, locale)} · {fmt(locale, t.live.left, { n: o.left })}/{o.quantity} · {o.status}
                        {o.end_reason ? ` (${o.end_reason})` : ""}
                      </div>
                    </div>
                    {o.status !== "ended" ? (
                      <form action={stopOffer}>
                        {hidden}
                        <input type="hidden" name="offer_id" value={o.id} />
                        <button type="submit" className="danger" aria-label={`${p.stop}: ${o.title}`}>
                          {p.stop}
                        </button>
                      </form>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <LivePanel
          streamId={stream.id}
          live={live}
          locale={locale}
          labels={{
            stats: p.stats, viewers: p.viewers, claims: p.claims, orders: p.orders, gmv: p.gmv,
            statsChart: p.statsChart, figures: p.figures, when: p.when,
            moderate: p.moderate, delete: p.delete, mute: p.mute, ban: p.ban,
          }}
        />
      </div>
    </>
  )
}
