import { fmt, type Dict, type Locale } from "@/i18n"
import { OPERATOR_FIELDS, operatorComplete, policyText, PRIVACY_NOTICE_VERSION, type PolicySlug } from "@/lib/policies"
import { configuredOperator } from "@/lib/policies/operator-config"

/** Where the operator's details appear: in full on its own page, as a contact where you write to it. */
const CONTACT_FIELDS = { operator: OPERATOR_FIELDS, privacy: ["name", "email", "phone"], complaints: ["name", "email", "phone"] } as const

/** One policy page: its text (from the data module) and the operator's details from configuration. */
export function PolicyArticle({ locale, slug, t }: { locale: Locale; slug: PolicySlug; t: Dict }) {
  const text = policyText(locale, slug)
  const operator = configuredOperator()
  const fields = slug in CONTACT_FIELDS ? CONTACT_FIELDS[slug as keyof typeof CONTACT_FIELDS] : null
  return (
    <article className="policy" data-testid={`policy-${slug}`}>
      <h1>{text.title}</h1>
      <p>{text.summary}</p>
      {fields ? (
        <section aria-labelledby="policy-operator">
          <h2 id="policy-operator">{slug === "operator" ? t.policies.operatorTitle : t.policies.contact}</h2>
          {slug === "operator" && !operatorComplete(operator) ? (
            <p className="notice" role="note" data-testid="operator-incomplete">
              {t.policies.incomplete}
            </p>
          ) : null}
          <dl>
            {fields.map((f) => (
              <div key={f}>
                <dt>{t.policies.fields[f]}</dt>
                <dd data-testid={`operator-${f}`}>
                  {operator[f] ?? <em className="muted">{t.policies.notPublished}</em>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {text.sections.map((s, i) => (
        <section key={i} aria-labelledby={`policy-s${i}`}>
          <h2 id={`policy-s${i}`}>{s.heading}</h2>
          {s.paragraphs.map((p, j) => (
            <p key={j}>{p}</p>
          ))}
        </section>
      ))}
      {slug === "privacy" ? <p className="muted">{fmt(locale, t.policies.version, { version: PRIVACY_NOTICE_VERSION })}</p> : null}
    </article>
  )
}
