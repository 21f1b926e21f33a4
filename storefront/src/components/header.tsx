import Link from "next/link"
import { Suspense } from "react"
import type { Dict, Locale } from "@/i18n"
import { CartCount } from "./cart-count"
import { LangLinks, LangSwitch } from "./lang-switch"

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
                  <CartCount locale={locale} label={t.cart.items} />
                </Suspense>
              </Link>
            </li>
            <li>
              <Link href={`${base}/account`}>{t.site.account}</Link>
            </li>
          </ul>
        </nav>
        <Suspense fallback={<LangLinks current={locale} label={t.site.language} />}>
          <LangSwitch current={locale} label={t.site.language} />
        </Suspense>
      </div>
    </header>
  )
}
