import { fmt, type Dict } from "@/i18n"
import type { Facets } from "@/lib/types"

type FacetKey = "stars" | "group" | "mark_kind" | "district" | "standard"
const KEYS: FacetKey[] = ["stars", "group", "mark_kind", "standard", "district"]

function label(t: Dict, key: FacetKey, value: string): string {
  switch (key) {
    case "stars":
      return fmt(t.locale, t.product.stars, { n: value })
    case "group":
      return t.groups[value as keyof Dict["groups"]] ?? value
    case "mark_kind":
      return t.markKinds[value as keyof Dict["markKinds"]] ?? value
    case "standard":
      return t.standardKinds[value as keyof Dict["standardKinds"]] ?? value
    default:
      return value
  }
}

function legend(t: Dict, key: FacetKey): string {
  return {
    stars: t.catalogue.stars,
    group: t.catalogue.group,
    mark_kind: t.catalogue.markKind,
    district: t.catalogue.district,
    standard: t.catalogue.standard,
  }[key]
}

/** The facet filters: a plain GET form (works without JavaScript). */
export function Filters({
  t,
  facets,
  selected,
  hidden,
  inSeason,
  action,
}: {
  t: Dict
  facets: Facets
  selected: Record<FacetKey, string[]>
  hidden: Record<string, string | undefined>
  inSeason: boolean
  action: string
}) {
  return (
    <form className="filters" method="get" action={action} aria-label={t.catalogue.filters}>
      <h2 className="sr-only">{t.catalogue.filters}</h2>
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      {KEYS.map((key) => {
        const counts = facets[key] ?? {}
        const values = Array.from(new Set([...Object.keys(counts), ...selected[key]]))
        if (key === "stars") values.sort((a, b) => Number(b) - Number(a))
        else values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b))
        if (!values.length) return null
        return (
          <fieldset key={key}>
            <legend>{legend(t, key)}</legend>
            {values.map((value) => {
              const id = `f-${key}-${value}`.replace(/[^\w-]/g, "_")
              return (
                <label key={value} className="choice" htmlFor={id}>
                  <input id={id} type="checkbox" name={key} value={value} defaultChecked={selected[key].includes(value)} />
                  <span>{label(t, key, value)}</span>
                  <span className="n">
                    <span className="sr-only">: </span>
                    {counts[value] ?? 0}
                  </span>
                </label>
              )
            })}
          </fieldset>
        )
      })}
      <fieldset>
        <legend>{t.catalogue.inSeason}</legend>
        <label className="choice" htmlFor="f-in-season">
          <input id="f-in-season" type="checkbox" name="in_season" value="true" defaultChecked={inSeason} />
          <span>{t.catalogue.inSeason}</span>
        </label>
      </fieldset>
      <div className="row">
        <button type="submit">{t.catalogue.apply}</button>
        <a className="btn secondary" href={action}>
          {t.catalogue.clear}
        </a>
      </div>
    </form>
  )
}
