import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { CartLines, CartTotals } from "@/components/cart-lines"
import { CheckoutForm, checkoutError } from "@/components/checkout-form"
import { IdleReset } from "@/components/kiosk/idle-reset"
import { kioskReset } from "@/lib/actions/kiosk"
import { cartHasAlcohol, currentCart, paymentProviders, shippingOptions } from "@/lib/data/cart"
import { idleSeconds, kioskPoint, kioskQuery } from "@/lib/kiosk"
import { oneParam, pageLocale } from "@/lib/locale"

type Props = {
  params: Promise<{ locale: string; location: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.checkout.title }
}

/**
 * Kiosk checkout: pickup at this stall (name + phone) or delivery home (address).
 * Rendered per request: it is the visitor's own cart (its lines, totals, the
 * options its products allow, the form filled from it) and redirects an empty
 * one back to the shop. The stall (Next's data cache) and the payment providers
 * (memoised per region) are shared; the cart's three reads after the cart itself
 * (options, providers, alcohol) go at once.
 */
export default async function KioskCheckout({ params, searchParams }: Props) {
  const { location } = await params
  const { locale, t } = await pageLocale(params)
  const sp = await searchParams
  const idle = idleSeconds(sp.idle)
  const q = kioskQuery(idle)
  const pickup = oneParam(sp.mode) !== "delivery"
  const [point, cart] = await Promise.all([kioskPoint(location), currentCart()])
  const shop = `/${locale}/kiosk/${location}/shop${q}`
  if (!cart || !cart.items.length) redirect(shop)
  const [options, providers, alcohol] = await Promise.all([shippingOptions(cart.id), paymentProviders(cart.region_id), cartHasAlcohol(cart)])
  const offered = pickup ? options.filter((o) => o.id === point.id) : options.filter((o) => o.kind === "delivery")
  const error = checkoutError(t, sp)
  const self = `/${locale}/kiosk/${location}/checkout?mode=${pickup ? "pickup" : "delivery"}${q ? `&${q.slice(1)}` : ""}`
  return (
    <>
      <IdleReset seconds={idle} attract={`/${locale}/kiosk/${location}${q}`} reset={kioskReset} />
      <p>
        <a className="btn secondary" href={shop}>
          ← {t.kiosk.back}
        </a>
      </p>
      <h1>{pickup ? `${t.kiosk.pickupHere}: ${point.location?.name}` : t.kiosk.deliver}</h1>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="checkout">
        <CheckoutForm
          cart={cart}
          t={t}
          locale={locale}
          options={offered}
          providers={providers}
          preferred={offered[0]?.id}
          kioskBack={self}
          pickupOnly={pickup}
          alcohol={alcohol}
        />
        <section aria-labelledby="h-summary">
          <h2 id="h-summary">{t.checkout.summary}</h2>
          <CartLines cart={cart} t={t} locale={locale} editable={false} />
          <CartTotals cart={cart} t={t} showShipping={!pickup} />
        </section>
      </div>
    </>
  )
}
