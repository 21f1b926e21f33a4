import type { ReactNode } from "react"
import { Header } from "@/components/header"
import { PolicyLinks } from "@/components/policy-links"
import { pageLocale } from "@/lib/locale"

export default async function ShopLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, t } = await pageLocale(params)
  return (
    <>
      <Header locale={locale} t={t} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <PolicyLinks base={`/${locale}`} t={t} />
        <p>{t.site.footer}</p>
      </footer>
    </>
  )
}
