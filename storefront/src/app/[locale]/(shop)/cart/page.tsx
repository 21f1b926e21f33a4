import type { Metadata } from "next"
import { CartLines, CartTotals } from "@/components/cart-lines"
import { currentCart } from "@/lib/data/cart"
import { oneParam, pageLocale } from "@/lib/locale"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.cart.title }
}

export default async function CartPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { locale, t } = await pageLocale(params)
  const sp = await searchParams
  const cart = await currentCart()
  return (
    <>
      <h1>{t.cart.title}</h1>
      {oneParam(sp.error) ? (
        <p className="error" role="alert">
          {oneParam(sp.error) === "handover" ? t.cart.handoverFailed : oneParam(sp.error) === "stock" ? t.product.soldOut : t.site.error}
        </p>
      ) : null}
      {!cart || !cart.items.length ? (
        <>
          <p>{t.cart.empty}</p>
          <a className="btn" href={`/${locale}/products`}>
            {t.cart.continue}
          </a>
        </>
      ) : (
        <>
          <CartLines cart={cart} t={t} locale={locale} editable />
          <CartTotals cart={cart} t={t} showShipping={false} />
          <p className="row" style={{ justifyContent: "flex-end" }}>
            <a className="btn secondary" href={`/${locale}/products`} style={{ flex: "0 0 auto" }}>
              {t.cart.continue}
            </a>
            <a className="btn" href={`/${locale}/checkout`} style={{ flex: "0 0 auto" }}>
              {t.cart.checkout}
            </a>
          </p>
        </>
      )}
    </>
  )
}
