import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { CartLines, CartTotals } from "@/components/cart-lines"
import { CheckoutForm, checkoutError } from "@/components/checkout-form"
import { cartHasAlcohol, currentCart, deliveryConstraints, paymentProviders, shippingOptions } from "@/lib/data/cart"
import { fmt } from "@/i18n"
import { currentCustomer } from "@/lib/data/customer"
import { oneParam, pageLocale } from "@/lib/locale"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.checkout.title }
}

export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { locale, t } = await pageLocale(params)
  const sp = await searchParams
  const cart = await currentCart()
  if (!cart || !cart.items.length) redirect(`/${locale}/cart`)
  const [options, providers, customer, constraints, alcohol] = await Promise.all([
    shippingOptions(cart.id),
    paymentProviders(cart.region_id),
    currentCustomer(),
    deliveryConstraints(cart.id),
    cartHasAlcohol(cart),
  ])
  const shelf = constraints.excluded_shipping_options.length ? constraints.shortest_shelf_life : null
  const error = checkoutError(t, sp)
  return (
    <>
      <h1>{t.checkout.title}</h1>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {shelf ? (
        <p className="muted" role="note" data-testid="shelf-life-note">
          {fmt(locale, t.compliance.slowExcluded, { title: shelf.title, n: shelf.days })}
        </p>
      ) : null}
      <div className="checkout">
        <CheckoutForm
          cart={cart}
          t={t}
          locale={locale}
          options={options}
          providers={providers}
          preferred={oneParam(sp.pickup)}
          email={customer?.email}
          alcohol={alcohol}
        />
        <section aria-labelledby="h-summary">
          <h2 id="h-summary">{t.checkout.summary}</h2>
          <CartLines cart={cart} t={t} locale={locale} editable={false} />
          <CartTotals cart={cart} t={t} showShipping />
        </section>
      </div>
    </>
  )
}
