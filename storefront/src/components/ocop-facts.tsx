import { fmt, type Dict, type Locale } from "@/i18n"
import { formatDate } from "@/lib/dates"
import { decisionDate, issuerStated, shownScore } from "@/lib/facts"
import type { Product } from "@/lib/types"
import { MarkList } from "./mark-list"
import { Stars } from "./stars"

/** A qualifier after a fact that no official source states as shown. */
const Qualifier = ({ text }: { text: string }) => (
  <span className="muted" data-testid="fact-qualifier">
    {" "}
    ({text})
  </span>
)

const tr = <T extends Record<string, string>>(map: T, key: string | null | undefined) =>
  key ? (map as Record<string, string>)[key] ?? key : "—"

function historyDate(h: NonNullable<Product["certifications"]>[number], locale: Locale) {
  const d = decisionDate(h)
  return !d ? "" : d.yearOnly ? String(d.year) : formatDate(d.iso, locale)
}

/** OCOP certificate, GI / marks, planting areas and standards (ocop-domain §3.4). */
export function OcopFacts({ product, t, locale }: { product: Product; t: Dict; locale: Locale }) {
  const o = product.ocop
  const decided = o ? decisionDate(o) : null
  const score = o ? shownScore(o) : null
  return (
    <>
      <section className="facts" aria-labelledby="h-ocop">
        <h2 id="h-ocop">{t.product.ocop}</h2>
        {o ? (
          <>
            {(o.badge ?? o.status === "active") ? (
              <p className="badge" data-testid="ocop-badge">
                OCOP <Stars n={o.stars} t={t} />
              </p>
            ) : (
              <p className="error">{t.product.notActive}</p>
            )}
            <dl className="kv">
              <dt>{t.catalogue.stars}</dt>
              <dd>{fmt(locale, t.product.stars, { n: o.stars })}</dd>
              <dt>{t.catalogue.group}</dt>
              <dd>
                {tr(t.groups, o.group)}
                {o.subgroup ? ` · ${o.subgroup}` : ""}
              </dd>
              {o.decision_number ? (
                <>
                  <dt>{t.product.decision}</dt>
                  <dd data-testid="decision">{o.decision_number}</dd>
                </>
              ) : null}
              {decided ? (
                <>
                  <dt>{t.product.decidedAt}</dt>
                  <dd data-testid="decided-at">
                    {decided.yearOnly ? (
                      <>
                        {decided.year}
                        <Qualifier text={t.facts.approximate} />
                      </>
                    ) : (
                      formatDate(decided.iso, locale)
                    )}
                  </dd>
                </>
              ) : null}
              <dt>{t.product.validUntil}</dt>
              <dd data-testid="valid-until">{formatDate(o.valid_until, locale)}</dd>
              {o.issuing_body ? (
                <>
                  <dt>{t.product.issuer}</dt>
                  <dd data-testid="issuer">
                    {o.issuing_body}
                    {issuerStated(o) ? null : <Qualifier text={t.facts.inferred} />}
                  </dd>
                </>
              ) : null}
              {score ? (
                <>
                  <dt>{t.product.score}</dt>
                  <dd data-testid="score">{score}/100</dd>
                </>
              ) : null}
              <dt>{t.product.status}</dt>
              <dd>{tr(t.status, o.status)}</dd>
            </dl>
          </>
        ) : (
          <p className="muted">{t.product.noOcop}</p>
        )}
        {product.certifications && product.certifications.length > 1 ? (
          <>
            <h3>{t.product.history}</h3>
            <ul>
              {product.certifications.map((h, i) => (
                <li key={i}>
                  {fmt(locale, t.product.stars, { n: h.stars })}
                  {h.decided_at ? ` · ${historyDate(h, locale)}` : ""}
                  {h.decision_number ? ` · ${h.decision_number}` : ""}
                  {h.status ? ` · ${tr(t.status, h.status)}` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <MarkList marks={product.marks} t={t} locale={locale} />

      {product.planting_areas.length ? (
        <section className="facts" aria-labelledby="h-areas">
          <h2 id="h-areas">{t.product.planting}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.product.planting}</th>
                <th scope="col">{t.product.crop}</th>
                <th scope="col">{t.product.location}</th>
                <th scope="col">{t.product.area}</th>
              </tr>
            </thead>
            <tbody>
              {product.planting_areas.map((a) => (
                <tr key={a.code}>
                  <td>
                    <code>{a.code}</code>
                    {a.illustrative ? (
                      <span className="tag" data-testid="illustrative-code" title={t.facts.illustrativeCode}>
                        {" "}
                        {t.facts.illustrative}
                      </span>
                    ) : null}
                  </td>
                  <td>{a.crop ?? "—"}</td>
                  <td>{a.location ?? "—"}</td>
                  <td>{a.area_ha ? `${a.area_ha} ha` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {product.standards.length ? (
        <section className="facts" aria-labelledby="h-standards">
          <h2 id="h-standards">{t.product.standards}</h2>
          <ul>
            {product.standards.map((s, i) => (
              <li key={i}>
                <strong>{tr(t.standardKinds, s.kind)}</strong>
                {s.certificate_number ? ` · ${t.product.certNo} ${s.certificate_number}` : ""}
                {s.issuer ? ` · ${s.issuer}` : ""}
                {s.valid_until ? ` · ${t.product.validUntil} ${formatDate(s.valid_until, locale)}` : ""}
                {s.illustrative ? <Qualifier text={t.facts.reported} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
