import type { Metadata } from "next"
import { fmt, type Dict } from "@/i18n"
import { IdleReset } from "@/components/kiosk/idle-reset"
import { KioskTileButton } from "@/components/kiosk/kiosk-tile-button"
import { OfflineOrders } from "@/components/kiosk/offline-orders"
import { Thumb } from "@/components/product-card"
import { QrSvg } from "@/components/qr-svg"
import { Stars } from "@/components/stars"
import { kioskAdd, kioskQuantity, kioskReset, kioskStartOver } from "@/lib/actions/kiosk"
import { currentCart } from "@/lib/data/cart"
import { kioskPayee } from "@/lib/data/kiosk-payee"
import { listProducts } from "@/lib/data/products"
import { handoverPath } from "@/lib/handover"
import { idleSeconds, kioskPoint, kioskQuery } from "@/lib/kiosk"
import { oneParam, pageLocale } from "@/lib/locale"
import { formatVnd } from "@/lib/money"
import { PHOTO_SIZES } from "@/lib/product-photo"
import { activeStars, productText, variantPrice } from "@/lib/product-text"
import { requestOrigin } from "@/lib/site-url"
import type { Product } from "@/lib/types"

type Props = {
  params: Promise<{ locale: string; location: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.kiosk.welcome }
}

/** Tiles by star rating, then by OCOP group. */
function shelves(products: Product[], t: Dict) {
  const byStars = new Map<number, Product[]>()
  for (const p of products) {
    const s = activeStars(p) ?? 0
    byStars.set(s, [...(byStars.get(s) ?? []), p])
  }
  return [...byStars.entries()]
    .sort(([a], [b]) => b - a)
    .map(([stars, list]) => {
      const groups = new Map<string, Product[]>()
      for (const p of list) {
        const g = p.ocop?.group ?? ""
        groups.set(g, [...(groups.get(g) ?? []), p])
      }
      return {
        stars,
        title: stars ? fmt(t.locale, t.kiosk.byStars, { n: stars }) : t.kiosk.other,
        groups: [...groups.entries()].map(([g, ps]) => ({ key: g || "other", title: t.groups[g as keyof Dict["groups"]] ?? "", products: ps })),
      }
    })
}

export default async function KioskShop({ params, searchParams }: Props) {
  const { location } = await params
  const { locale, t } = await pageLocale(params)
  const sp = await searchParams
  const idle = idleSeconds(sp.idle)
  const q = kioskQuery(idle)
  const [point, list, cart, origin, payee] = await Promise.all([
    kioskPoint(location),
    listProducts({ order: "-stars", limit: 100 }, locale),
    currentCart(),
    requestOrigin(),
    kioskPayee(),
  ])
  const placed = oneParam(sp.placed)
  const attract = `/${locale}/kiosk/${location}${q}`
  const handover = cart && cart.items.length ? `${origin}${handoverPath(locale, cart.id, Date.now(), location)}` : null
  const count = cart?.items.reduce((s, i) => s + i.quantity, 0) ?? 0
  return (
    <>
      <IdleReset seconds={idle} attract={attract} reset={kioskReset} />
      <header className="section-head">
        <h1 style={{ margin: 0 }}>{point.location?.name}</h1>
        <form action={kioskStartOver}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="location" value={location} />
          <input type="hidden" name="idle" value={idle} />
          <button type="submit" className="secondary" data-testid="kiosk-start-over">
            {t.kiosk.startOver}
          </button>
        </form>
      </header>
      {placed ? (
        <p className="notice" role="status" data-testid="kiosk-placed">
          {fmt(locale, t.kiosk.placed, { id: placed.slice(-6).toUpperCase() })}
        </p>
      ) : null}
      <OfflineOrders location={location} payee={payee} labels={{ ...t.kiosk.offline, total: t.cart.total }} />
      <div className="kiosk-layout">
        <div>
          {shelves(list.products, t).map((shelf) => (
            <section key={shelf.stars} aria-labelledby={`shelf-${shelf.stars}`}>
              <h2 id={`shelf-${shelf.stars}`}>
                {shelf.stars ? <Stars n={shelf.stars} t={t} /> : null} {shelf.title}
              </h2>
              {shelf.groups.map((g) => (
                <div key={g.key}>
                  {g.title ? <h3>{g.title}</h3> : null}
                  <ul className="tiles">
                    {g.products.map((p) => {
                      const text = productText(p, locale)
                      const variant = p.variants[0]
                      if (!variant) return null
                      return (
                        <li key={p.id}>
                          <form action={kioskAdd}>
                            <input type="hidden" name="locale" value={locale} />
                            <input type="hidden" name="location" value={location} />
                            <input type="hidden" name="variant_id" value={variant.id} />
                            <KioskTileButton
                              handle={p.handle}
                              item={{ variant_id: variant.id, title: `${text.title} (${variant.title})`, unit_price: variantPrice(variant) ?? 0 }}
                            >
                              <Thumb product={p} t={t} locale={locale} sizes={PHOTO_SIZES.tile} decorative />
                              <span>
                                <strong>{text.title}</strong>
                                {text.subtitle ? <span className="muted" style={{ display: "block", fontSize: "1rem" }}>{text.subtitle}</span> : null}
                              </span>
                              <span className="price">
                                {formatVnd(variantPrice(variant), locale)}
                                <span className="muted" style={{ fontWeight: 400 }}>
                                  {" "}
                                  · {variant.title}
                                </span>
                              </span>
                              <span className="sr-only">{t.kiosk.add}</span>
                            </KioskTileButton>
                          </form>
                        </li>
                      )
                    })}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
        <aside className="panel" aria-labelledby="kiosk-cart">
          <h2 id="kiosk-cart" style={{ marginTop: 0 }}>
            {t.kiosk.cart} <span data-testid="kiosk-count">({count})</span>
          </h2>
          {!cart || !cart.items.length ? (
            <p>{t.kiosk.empty}</p>
          ) : (
            <>
              <ul className="lines">
                {cart.items.map((i) => (
                  <li key={i.id} data-testid="kiosk-line">
                    <div className="what">
                      {i.product_title}
                      <div className="muted">{i.variant_title}</div>
                    </div>
                    {[i.quantity - 1, i.quantity + 1].map((n, k) => (
                      <form key={k} action={kioskQuantity}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="location" value={location} />
                        <input type="hidden" name="line_id" value={i.id} />
                        <input type="hidden" name="quantity" value={n} />
                        <button type="submit" className="secondary" aria-label={`${k ? "+1" : "−1"}: ${i.product_title}`}>
                          {k ? "+" : "−"}
                        </button>
                      </form>
                    ))}
                    <span aria-label={t.cart.quantity}>{i.quantity}</span>
                  </li>
                ))}
              </ul>
              <p className="price grand" style={{ fontSize: "1.5rem" }}>
                {t.cart.total}: {formatVnd(cart.total, locale)}
              </p>
              <p style={{ display: "grid", gap: "0.75rem" }}>
                <a className="btn" href={`/${locale}/kiosk/${location}/checkout?mode=pickup${q ? `&${q.slice(1)}` : ""}`}>
                  {t.kiosk.pickupHere}
                </a>
                <a className="btn secondary" href={`/${locale}/kiosk/${location}/checkout?mode=delivery${q ? `&${q.slice(1)}` : ""}`}>
                  {t.kiosk.deliver}
                </a>
              </p>
              {handover ? (
                <section aria-labelledby="h-handover">
                  <h3 id="h-handover">{t.kiosk.handover}</h3>
                  <p>{t.kiosk.scan}</p>
                  <QrSvg text={handover} label={t.kiosk.handover} testId="kiosk-handover" />
                </section>
              ) : null}
            </>
          )}
        </aside>
      </div>
    </>
  )
}
