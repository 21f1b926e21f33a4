import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { PolicyArticle } from "@/components/policy-article"
import { pageLocale } from "@/lib/locale"
import { isPolicySlug, policyText } from "@/lib/policies"

// the same for every visitor: from Next's cache, made on the first visit, kept until a tag it read is dropped or 60 s
export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: string; slug: string }> }


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
