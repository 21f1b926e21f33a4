import { fmt, type Dict } from "@/i18n"

/** ★★★★☆ with a text alternative ("OCOP 4 sao"). */
export function Stars({ n, t, max = 5 }: { n: number; t: Dict; max?: number }) {
  return (
    <span className="stars" role="img" aria-label={fmt(t.locale, t.product.starsLabel, { n })}>
      {"★".repeat(n)}
      <span className="off">{"★".repeat(Math.max(0, max - n))}</span>
    </span>
  )
}
