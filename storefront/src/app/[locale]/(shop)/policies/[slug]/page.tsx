import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { PolicyArticle } from "@/components/policy-article"
import { pageLocale } from "@/lib/locale"
import { isPolicySlug, policyText } from "@/lib/policies"

type Props = { params: Promise<{ locale: string; slug: string }> }

// the operator's details are read from the environment at request time
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageLocale(params)
  const { slug } = await params
  return isPolicySlug(slug) ? { title: policyText(locale, slug).title } : {}
}

export default async function PolicyPage({ params }: Props) {
  const { locale, t } = await pageLocale(params)
  const { slug } = await params
  if (!isPolicySlug(slug)) notFound()
  return <PolicyArticle locale={locale} slug={slug} t={t} />
}
