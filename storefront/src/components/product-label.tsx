import { fmt, type Dict } from "@/i18n"
import { productLabel } from "@/lib/product-label"

/** "Storage and shelf life" on the product page (fresh and cold-chain products only). */
export function ProductLabel({ metadata, t }: { metadata: Record<string, unknown> | null | undefined; t: Dict }) {
  const label = productLabel(metadata)
  if (!label) return null
  const c = t.compliance
  return (
    <section aria-labelledby="h-label" data-testid="product-label">
      <h2 id="h-label">{c.labelTitle}</h2>
      <ul>
        <li>{fmt(t.locale, c.shelfLife, { n: label.days })}</li>
        {label.storage ? <li>{c.storage[label.storage]}</li> : null}
      </ul>
      {label.estimated ? <p className="muted">{c.estimatedNote}</p> : null}
    </section>
  )
}
