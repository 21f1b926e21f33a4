import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { KioskIdleReset, KioskQueryLink } from "@/components/kiosk/kiosk-query-parts"
import { PolicyArticle } from "@/components/policy-article"
import { kioskReset } from "@/lib/actions/kiosk"
import { kioskPoint } from "@/lib/kiosk"
import { pageLocale } from "@/lib/locale"
import { isPolicySlug, policyText } from "@/lib/policies"

type Props = { params: Promise<{ locale: string; location: string; slug: string }> }

// the same for every visitor and every query: from Next's cache, made on the first visit, kept until a tag
// it read (`kiosk-points`) is dropped or 60 s; `?idle=` is read in the browser (idle reset, the way back)
export const revalidate = 60
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageLocale(params)
  const { slug } = await params
  return isPolicySlug(slug) ? { title: policyText(locale, slug).title } : {}
}

/** A policy page inside the kiosk: a way back, and the idle reset like every kiosk screen. */
export default async function KioskPolicyPage({ params }: Props) {
  const { locale, t } = await pageLocale(params)
  const { location, slug } = await params
  if (!isPolicySlug(slug)) notFound()
  await kioskPoint(location)
  return (
    <>
      <KioskIdleReset attract={`/${locale}/kiosk/${location}`} reset={kioskReset} />
      <p>
        <KioskQueryLink className="btn secondary" href={`/${locale}/kiosk/${location}/shop`} data-testid="kiosk-policy-back">
          {t.policies.backToKiosk}
        </KioskQueryLink>
      </p>
      <PolicyArticle locale={locale} slug={slug} t={t} />
    </>
  )
}
