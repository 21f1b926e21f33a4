import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { CART_LINE_QUANTITY_MAX } from "@ocop-live/contract"
import { fmt, HTML_LANG } from "@/i18n"
import { DemandSignal } from "@/components/demand-signal"
import { OcopFacts } from "@/components/ocop-facts"
import { ProductLabel } from "@/components/product-label"
import { Thumb } from "@/components/product-card"
import { QrSvg } from "@/components/qr-svg"
import { ReferralVisit } from "@/components/referral-visit"
import { ShareSheet } from "@/components/share-sheet"
import { Stars } from "@/components/stars"
import { AdultsOnly } from "@/components/adults-only"
import { AgeGate } from "@/components/age-gate"
import { CartNotice } from "@/components/cart-notice"
import { AlcoholWarning } from "@/components/alcohol-warning"
import { addToCart } from "@/lib/actions/cart"
import { alcoholOf } from "@/lib/alcohol"
import { getProduct } from "@/lib/data/products"
import { pageLocale } from "@/lib/locale"
import { formatVnd } from "@/lib/money"
import { PHOTO_SIZES } from "@/lib/product-photo"
import { activeStars, giMark, isSoldOut, productText, variantPrice } from "@/lib/product-text"
import { summary } from "@/lib/og/text"
import { publicOrigin } from "@/lib/site-url"

type Props = { params: Promise<{ locale: string; handle: string }> }

// The same page for every visitor, from Next's cache: made on the first visit
// (no product is known at build time), then kept until a tag it read is
// dropped (POST /api/revalidate) or after 60 s. What is the visitor's own
// (the cart, the 18+ answer, a referral code) is filled in in the browser.
export const revalidate = 60
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: asked, handle } = await params
  const { locale, t } = await pageLocale(Promise.resolve({ locale: asked }))
  const product = await getProduct(handle, locale).catch(() => null)
  if (!product) return { title: t.site.notFound }
  const text = productText(product, locale)
  const description = summary(text.subtitle ?? text.description)
  return {
    title: text.title,
    description,
    // og:image comes from opengraph-image.tsx beside this page
    openGraph: { title: text.title, description, type: "website", siteName: t.site.name, locale: HTML_LANG[locale] },
    twitter: { card: "summary_large_image", title: text.title, description },
  }
}

export default async function ProductPage({ params }: Props) {
  const { handle } = await params
  const { locale, t } = await pageLocale(params)
  const product = await getProduct(handle, locale)
  if (!product) notFound()
  const text = productText(product, locale)
  const stars = activeStars(product)
  const gi = giMark(product)
  const pagePath = `/${locale}/products/${product.handle}`
  const traceUrl = product.traceability_url || `${publicOrigin()}${pagePath}`
  const firstAvailable = product.variants.find((v) => !isSoldOut(v)) ?? product.variants[0]
  const allSoldOut = product.variants.every(isSoldOut)
  const alcohol = alcoholOf(product.metadata)
  return (
    <>
      <DemandSignal signals={[{ kind: "product_view", product_id: product.id }]} />
      <ReferralVisit page={{ product_id: product.id }} />
      <p>
        <a href={`/${locale}/products`}>← {t.catalogue.title}</a>
      </p>
      <div className="pdp">
        <div>
          <Thumb product={product} t={t} locale={locale} sizes={PHOTO_SIZES.page} eager />
        </div>
        <div>
          <h1>{text.title}</h1>
          {text.subtitle ? <p className="muted">{text.subtitle}</p> : null}
          <ul className="tags" aria-label={t.product.ocop}>
            {stars ? (
              <li className="tag">
                <Stars n={stars} t={t} />
              </li>
            ) : null}
            {gi ? (
              <li className="tag gi" data-testid="gi-tag">
                {gi.registry_number ? fmt(locale, t.product.giNo, { n: gi.registry_number }) : t.markKinds.geographical_indication}
              </li>
            ) : null}
            {product.producer?.district ? <li className="tag">{fmt(locale, t.product.district, { d: product.producer.district })}</li> : null}
          </ul>
          <ShareSheet path={pagePath} title={text.title} page={{ product_id: product.id }} t={t.share} />
          <Suspense fallback={null}>
            <CartNotice cartHref={`/${locale}/cart`} text={{ added: t.product.added, cart: t.cart.title, soldOut: t.product.soldOut, error: t.site.error }} />
          </Suspense>
          {alcohol ? <AlcoholWarning alcohol={alcohol} t={t} /> : null}
          <AdultsOnly when={alcohol !== null} fallback={<AgeGate text={t.alcohol.gateText} button={t.alcohol.gateButton} />}>
            <form action={addToCart}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="handle" value={product.handle} />
              <fieldset>
                <legend>{t.product.variant}</legend>
                {product.variants.map((v) => {
                  const price = variantPrice(v)
                  const soldOut = isSoldOut(v)
                  return (
                    <label key={v.id} className="choice" htmlFor={`v-${v.id}`}>
                      <input
                        id={`v-${v.id}`}
                        type="radio"
                        name="variant_id"
                        value={v.id}
                        defaultChecked={v.id === firstAvailable?.id}
                        disabled={soldOut}
                        required
                      />
                      <span>{v.title}</span>
                      <span className="price" style={{ marginLeft: "auto" }}>
                        {formatVnd(price, locale)}
                      </span>
                      {soldOut ? <span className="muted">({t.product.soldOut})</span> : null}
                    </label>
                  )
                })}
                {product.variants.some((v) => v.metadata?.price_estimated === true) ? (
                  <p className="muted" style={{ margin: "0.3rem 0 0", fontSize: "0.85rem" }}>
                    * {t.product.estimated}
                  </p>
                ) : null}
              </fieldset>
              <div className="row">
                <div style={{ flex: "0 0 7rem" }}>
                  <label htmlFor="qty">{t.product.quantity}</label>
                  <input id="qty" name="quantity" type="number" min={1} max={CART_LINE_QUANTITY_MAX} defaultValue={1} inputMode="numeric" />
                </div>
                <div>
                  <button type="submit" disabled={allSoldOut}>
                    {allSoldOut ? t.product.soldOut : t.product.addToCart}
                  </button>
                </div>
              </div>
            </form>
          </AdultsOnly>
          {text.description ? (
            <section aria-labelledby="h-desc">
              <h2 id="h-desc">{t.product.description}</h2>
              <p>{text.description}</p>
            </section>
          ) : null}
        </div>
      </div>
      <div className="pdp" style={{ marginTop: "1.5rem" }}>
        <div style={{ display: "grid", gap: "1rem", alignContent: "start" }}>
          <ProductLabel metadata={product.metadata} t={t} />
          {product.source !== "medusa" ? <OcopFacts product={product} t={t} locale={locale} /> : null}
        </div>
        <div style={{ display: "grid", gap: "1rem", alignContent: "start" }}>
          {product.producer ? (
            <section className="facts" aria-labelledby="h-producer">
              <h2 id="h-producer">{t.product.producer}</h2>
              <p>
                <strong>{product.producer.name}</strong>
                {[product.producer.commune, product.producer.district].filter(Boolean).length ? (
                  <span className="muted"> · {[product.producer.commune, product.producer.district].filter(Boolean).join(", ")}</span>
                ) : null}
              </p>
              {text.story ? (
                <>
                  <h3>{t.product.story}</h3>
                  <p>{text.story}</p>
                </>
              ) : null}
            </section>
          ) : null}
          <section className="facts" aria-labelledby="h-trace">
            <h2 id="h-trace">{t.product.trace}</h2>
            <p>{t.product.traceText}</p>
            <QrSvg text={traceUrl} label={`${t.product.trace}: ${traceUrl}`} testId="trace-qr" />
            <p>
              <a href={traceUrl} style={{ wordBreak: "break-all" }}>
                {traceUrl}
              </a>
            </p>
          </section>
        </div>
      </div>
    </>
  )
}
