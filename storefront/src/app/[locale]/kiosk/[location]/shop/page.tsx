import type { Metadata } from "next"
import { fmt, type Dict } from "@/i18n"
import { KioskCartPanel } from "@/components/kiosk/kiosk-cart-panel"
import { KioskIdleField, KioskIdleReset, KioskPlacedNotice } from "@/components/kiosk/kiosk-query-parts"
import { KioskTileButton } from "@/components/kiosk/kiosk-tile-button"
import { OfflineOrders } from "@/components/kiosk/offline-orders"
import { Thumb } from "@/components/product-card"
import { Stars } from "@/components/stars"
import { kioskAdd, kioskReset, kioskStartOver } from "@/lib/actions/kiosk"
import { kioskPayee } from "@/lib/data/kiosk-payee"
import { listProducts } from "@/lib/data/products"
import { kioskPoint } from "@/lib/kiosk"
import { pageLocale } from "@/lib/locale"
import { formatVnd } from "@/lib/money"
import { PHOTO_SIZES } from "@/lib/product-photo"
import { activeStars, productText, variantPrice } from "@/lib/product-text"
import type { Product } from "@/lib/types"

type Props = { params: Promise<{ locale: string; location: string }> }

// the same for every visitor and every query: from Next's cache, made on the first visit, kept until a tag
// it read is dropped or 60 s; the visitor's cart (KioskCartPanel) and `?idle=` / `?placed=` are read in the browser
export const revalidate = 60
export const generateStaticParams = async () => []

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

export default async function KioskShop({ params }: Props) {
  const { location } = await params
  const { locale, t } = await pageLocale(params)
  const [point, list, payee] = await Promise.all([kioskPoint(location), listProducts({ order: "-stars", limit: 100 }, locale), kioskPayee()])
  return (
    <>
      <KioskIdleReset attract={`/${locale}/kiosk/${location}`} reset={kioskReset} />
      <header className="section-head">
        <h1 style={{ margin: 0 }}>{point.location?.name}</h1>
        <form action={kioskStartOver}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="location" value={location} />
          <KioskIdleField />
          <button type="submit" className="secondary" data-testid="kiosk-start-over">
            {t.kiosk.startOver}
          </button>
        </form>
      </header>
      <KioskPlacedNotice message={fmt(locale, t.kiosk.placed, { id: "__ID__" })} />
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
        <KioskCartPanel
          locale={locale}
          location={location}
          labels={{
            cart: t.kiosk.cart,
            empty: t.kiosk.empty,
            pickupHere: t.kiosk.pickupHere,
            deliver: t.kiosk.deliver,
            handover: t.kiosk.handover,
            scan: t.kiosk.scan,
            total: t.cart.total,
            quantity: t.cart.quantity,
          }}
        />
      </div>
    </>
  )
}
