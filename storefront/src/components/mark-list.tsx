import { fmt, type Dict, type Locale } from "@/i18n"
import { formatDate } from "@/lib/dates"
import type { Mark } from "@/lib/types"

const kindName = (t: Dict, kind: string) => (t.markKinds as Record<string, string>)[kind] ?? kind

/** The right that lets the producer show the mark, or that none is recorded. */
function UseRight({ mark, t, locale }: { mark: Mark; t: Dict; locale: Locale }) {
  const r = mark.use_right
  if (!mark.badge || !r) {
    return (
      <div className="muted" data-testid="mark-right-missing">
        {t.facts.rightMissing}
      </div>
    )
  }
  const parts = [r.granted_by, r.certificate_number ?? r.decision, r.granted_at ? formatDate(r.granted_at, locale) : null]
  return (
    <div data-testid="mark-right">
      {t.facts.rightToUse}: {parts.filter(Boolean).join(" · ")}
    </div>
  )
}

/** GI, collective and certification marks on a product page, each with the producer's right to use it. */
export function MarkList({ marks, t, locale }: { marks: Mark[]; t: Dict; locale: Locale }) {
  if (!marks.length) return null
  return (
    <section className="facts" aria-labelledby="h-marks">
      <h2 id="h-marks">{t.product.marks}</h2>
      <ul className="lines">
        {marks.map((m) => (
          <li key={m.id} data-testid={`mark-${m.kind}`}>
            <div className="what">
              <strong>{kindName(t, m.kind)}</strong>: {m.name}
              {m.registry_number ? (
                <div>
                  {m.kind === "geographical_indication"
                    ? fmt(locale, t.product.giNo, { n: m.registry_number })
                    : `${t.product.registry}: ${m.registry_number}`}
                </div>
              ) : null}
              {m.holder ? (
                <div className="muted">
                  {t.product.holder}: {m.holder}
                </div>
              ) : null}
              <UseRight mark={m} t={t} locale={locale} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
