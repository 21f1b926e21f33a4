import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { HTML_LANG, dict, isLocale, LOCALES } from "@/i18n"
import { notFound } from "next/navigation"
import { publicOrigin } from "@/lib/site-url"
import "../globals.css"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = dict(isLocale(locale) ? locale : "vi")
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: t.site.name, template: `%s · ${t.site.name}` },
    description: t.site.tagline,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [HTML_LANG[l], `/${l}`])) },
  }
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b6b3a" }

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={HTML_LANG[locale]}>
      <body>{children}</body>
    </html>
  )
}
