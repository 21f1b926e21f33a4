import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { IdleReset } from "@/components/kiosk/idle-reset"
import { PolicyArticle } from "@/components/policy-article"
import { kioskReset } from "@/lib/actions/kiosk"
import { idleSeconds, kioskPoint, kioskQuery } from "@/lib/kiosk"
import { pageLocale } from "@/lib/locale"
import { isPolicySlug, policyText } from "@/lib/policies"

type Props = {
  params: Promise<{ locale: string; location: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageLocale(params)
  const { slug } = await params
  return isPolicySlug(slug) ? { title: policyText(locale, slug).title } : {}
}

/** A policy page inside the kiosk: a way back, and the idle reset like every kiosk screen. */
export default async function KioskPolicyPage({ params, searchParams }: Props) {
  const { locale, t } = await pageLocale(params)
  const { location, slug } = await params
  if (!isPolicySlug(slug)) notFound()
  await kioskPoint(location)
  const idle = idleSeconds((await searchParams).idle)
  const q = kioskQuery(idle)
  return (
    <>
      <IdleReset seconds={idle} attract={`/${locale}/kiosk/${location}${q}`} reset={kioskReset} />
      <p>
        <a className="btn secondary" href={`/${locale}/kiosk/${location}/shop${q}`} data-testid="kiosk-policy-back">
          {t.policies.backToKiosk}
        </a>
      </p>
      <PolicyArticle locale={locale} slug={slug} t={t} />
    </>
  )
}
