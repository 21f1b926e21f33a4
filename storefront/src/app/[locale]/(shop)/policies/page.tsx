import type { Metadata } from "next"
import { PolicyLinks } from "@/components/policy-links"
import { pageLocale } from "@/lib/locale"

// the same for every visitor: from Next's cache, made on the first visit, kept until a tag it read is dropped or 60 s
export const revalidate = 60
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.policies.all }
}

export default async function PoliciesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await pageLocale(params)
  return (
    <>
      <h1>{t.policies.all}</h1>
      <PolicyLinks base={`/${locale}`} t={t} />
    </>
  )
}
