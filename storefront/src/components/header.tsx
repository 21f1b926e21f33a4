import Link from "next/link"
import { Suspense } from "react"
import { fmt, type Dict, type Locale } from "@/i18n"
import { currentCart } from "@/lib/data/cart"
import { LangSwitch } from "./lang-switch"

async function CartCount({ t }: { t: Dict }) {
  const cart = await currentCart().catch(() => null)
  const n = cart?.items?.reduce((s, i) => s + i.quantity, 0) ?? 0
  if (!n) return null
  return (
    <span className="count">
      <span aria-hidden="true">{n}</span>
      <span className="sr-only">{fmt(t.locale, t.cart.items, { n })}</span>
    </span>
  )
}

export function Header({ locale, t }: { locale: Locale; t: Dict }) {
  const base = `/${locale}`
  return (
    <header className="site-header">
      <a className="skip" href="#main">
        {t.site.skip}
      </a>
      <div className="bar">
        <Link className="brand" href={base}>
          {t.site.name}
        </Link>
        <nav aria-label={t.site.nav}>
          <ul>
            <li>
              <Link href={`${base}/products`}>{t.site.catalogue}</Link>
            </li>
            <li>
              <Link href={`${base}/live`}>{t.site.live}</Link>
            </li>
            <li>
              <Link href={`${base}/cart`} data-testid="cart-link">
                {t.site.cart}
                <Suspense fallback={null}>
                  <CartCount t={t} />
                </Suspense>
              </Link>
            </li>
            <li>
              <Link href={`${base}/account`}>{t.site.account}</Link>
            </li>
          </ul>
        </nav>
        <Suspense fallback={null}>
          <LangSwitch current={locale} label={t.site.language} />
        </Suspense>
      </div>
    </header>
  )
}
