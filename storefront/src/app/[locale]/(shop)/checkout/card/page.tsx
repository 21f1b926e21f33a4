import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { CardPayment } from "@/components/card-payment"
import { CartLines, CartTotals } from "@/components/cart-lines"
import { fmt } from "@/i18n"
import { CARD_TEXT } from "@/i18n/card"
import { currentCart } from "@/lib/data/cart"
import { pageLocale } from "@/lib/locale"
import { formatVnd } from "@/lib/money"
import { isStripeProvider, stripeConfig } from "@/lib/stripe-config"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await pageLocale(params)
  return { title: CARD_TEXT[locale].title, robots: { index: false } }
}

/** The card step of checkout: Stripe.js confirms the cart's PaymentIntent, then the order is placed. */
export default async function CardPaymentPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await pageLocale(params)
  const text = CARD_TEXT[locale]
  const cart = await currentCart()
  if (!cart || !cart.items.length) redirect(`/${locale}/cart`)
  const config = stripeConfig()
  const session = cart.payment_collection?.payment_sessions?.find((s) => isStripeProvider(s.provider_id))
  const clientSecret = session?.data?.client_secret as string | undefined
  if (!config || !clientSecret) {
    return (
      <p className="error" role="alert">
        {text.noSession} <a href={`/${locale}/checkout`}>{t.checkout.title}</a>
      </p>
    )
  }
  const amount = formatVnd(cart.total, locale)
  return (
    <>
      <h1>{text.title}</h1>
      <div className="checkout">
        <section aria-labelledby="h-card">
          <h2 id="h-card">{text.card}</h2>
          <p className="muted">{fmt(locale, text.intro, { amount })}</p>
          <CardPayment
            locale={locale}
            publishableKey={config.publishableKey}
            stripeJsUrl={config.jsUrl}
            clientSecret={clientSecret}
            name={[cart.shipping_address?.first_name, cart.shipping_address?.last_name].filter(Boolean).join(" ")}
            text={{ ...text, pay: fmt(locale, text.pay, { amount }) }}
          />
        </section>
        <section aria-labelledby="h-summary">
          <h2 id="h-summary">{t.checkout.summary}</h2>
          <CartLines cart={cart} t={t} locale={locale} editable={false} />
          <CartTotals cart={cart} t={t} showShipping />
        </section>
      </div>
    </>
  )
}
