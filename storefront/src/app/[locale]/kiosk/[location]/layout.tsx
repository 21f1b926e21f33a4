import type { ReactNode } from "react"
import { PolicyLinks } from "@/components/policy-links"
import { pageLocale } from "@/lib/locale"

/** Every kiosk screen links to the shop's policies, shown inside the kiosk. */
export default async function KioskPointLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string; location: string }>
}) {
  const { locale, t } = await pageLocale(params)
  const { location } = await params
  return (
    <>
      {children}
      <footer className="site-footer kiosk-footer">
        <PolicyLinks base={`/${locale}/kiosk/${encodeURIComponent(location)}`} t={t} />
      </footer>
    </>
  )
}
