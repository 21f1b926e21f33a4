import { fmt, type Dict } from "@/i18n"
import type { Alcohol } from "@/lib/alcohol"

/** The statutory alcohol warning (Law 44/2019/QH14) and the strength, on the product page. */
export function AlcoholWarning({ alcohol, t }: { alcohol: Alcohol; t: Dict }) {
  const a = t.alcohol
  return (
    <section className="notice" aria-labelledby="h-alcohol" data-testid="alcohol-warning">
      <h2 id="h-alcohol">{a.warningTitle}</h2>
      <p>
        <strong>{a.warningMinors}</strong>
        <br />
        <strong>{a.warningHealth}</strong>
      </p>
      <p className="muted">
        {fmt(t.locale, a.abv, { n: alcohol.abv })}
        {alcohol.estimated ? ` — ${a.abvEstimated}` : null}
      </p>
    </section>
  )
}
