import type { Metadata } from "next"
import type { ReactNode } from "react"
import { PolicyLinks } from "@/components/policy-links"
import { RegisterServiceWorker } from "@/components/kiosk/register-service-worker"
import { pageLocale } from "@/lib/locale"

/** The kiosk installs as an app (its manifest) and works offline (its service worker). */
export async function generateMetadata({ params }: { params: Promise<{ location: string }> }): Promise<Metadata> {
  const { location } = await params
  return { manifest: `/kiosk/${encodeURIComponent(location)}/manifest.webmanifest` }
}

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
      <RegisterServiceWorker />
      {children}
      <footer className="site-footer kiosk-footer">
        <PolicyLinks base={`/${locale}/kiosk/${encodeURIComponent(location)}`} t={t} />
      </footer>
    </>
  )
}
