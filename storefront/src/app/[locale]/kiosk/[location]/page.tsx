import type { Metadata } from "next"
import { KioskQueryLink } from "@/components/kiosk/kiosk-query-parts"
import { dict, LOCALES } from "@/i18n"
import { kioskPoint } from "@/lib/kiosk"
import { pageLocale } from "@/lib/locale"

type Props = { params: Promise<{ locale: string; location: string }> }

// the same for every visitor and every query: from Next's cache, made on the first visit, kept until a tag
// it read (`kiosk-points`) is dropped or 60 s; `?idle=` is carried into the language links in the browser
export const revalidate = 60
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.kiosk.welcome }
}

/** The attract screen: the stall's name and a big language choice. */
export default async function KioskAttract({ params }: Props) {
  const { location } = await params
  const { locale, t } = await pageLocale(params)
  const point = await kioskPoint(location)
  return (
    <div className="attract">
      <h1>{t.kiosk.welcome}</h1>
      <p style={{ fontSize: "1.6rem", margin: 0 }}>{point.location?.name}</p>
      <p className="muted">{point.location?.address}</p>
      <h2>
        {LOCALES.map((l, i) => (
          <span key={l} lang={l === "zh" ? "zh-Hans" : l}>
            {i ? " · " : ""}
            {dict(l).kiosk.chooseLang}
          </span>
        ))}
      </h2>
      <nav className="langs-big" aria-label={t.site.language}>
        {LOCALES.map((l) => (
          <KioskQueryLink
            key={l}
            className={l === locale ? "btn" : "btn secondary"}
            href={`/${l}/kiosk/${location}/shop`}
            lang={l === "zh" ? "zh-Hans" : l}
            data-testid={`kiosk-lang-${l}`}
          >
            {dict(l).lang}
          </KioskQueryLink>
        ))}
      </nav>
      <p style={{ fontSize: "1.4rem" }}>{t.kiosk.touch}</p>
    </div>
  )
}
