import type { MedusaContainer } from "@medusajs/framework/types"
import { DEMAND_MODULE } from "../../../../modules/demand"
import { addWeeks, isoWeekOf, sumSourceCounts, toChannelWeeks, weekRange } from "../../../../modules/demand/lib"
import type DemandModuleService from "../../../../modules/demand/service"
import type OcopModuleService from "../../../../modules/ocop/service"
import { loadKioskLocations } from "../../../../workflows/demand/steps/load-supply"
import { liveFigures } from "./live"
import { presentSuggestion } from "./present"
import { productTitles, resolveProductScope, ScopeFilter } from "./scope"

export type DashboardOptions = ScopeFilter & {
  /** weeks of history, the current one included (default 8) */
  weeks?: number
  /** weeks ahead of the current one (default 3) */
  ahead?: number
  now?: Date
}

type Point = { week: string; realized: number; demand: number | null; supply: number | null; available: number | null; status: string | null; magnitude: number }

/** Products whose supply and demand diverge most come first. */
const divergence = (points: Point[]) => points.reduce((a, p) => a + (p.status === "balanced" ? 0 : p.magnitude), 0)

/**
 * Everything the operators' dashboard draws, for a province (no filter) or
 * a producer (`producer_id`: its own products, streams and pre-orders only).
 * Reads the weekly rollup and the stored matches, never the raw events.
 */
export async function buildDashboard(container: MedusaContainer, options: DashboardOptions) {
  const productIds = await resolveProductScope(container, options)
  const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
  const current = isoWeekOf(options.now ?? new Date())
  const from = addWeeks(current, -((options.weeks ?? 8) - 1))
  const to = addWeeks(current, options.ahead ?? 3)
  const weeks = weekRange(from, to)
  const past = { from, to: current, productIds }
  const scoped = productIds ? { product_id: productIds } : {}
  const [signals, byWeek, top, live, searches, matches, suggestions] = await Promise.all([
    demand.listSignalsByProduct(past),
    demand.listSignalsByWeek(past),
    demand.listTopProductsByLocation({ ...past, perLocation: 5 }),
    demand.listLiveByStream({ ...past, limit: 20 }),
    productIds ? Promise.resolve([]) : demand.listTopSearches({ ...past, limit: 15 }),
    demand.listDemandMatches({ week: weeks, ...scoped }),
    demand.listDemandSuggestions({ week: weekRange(current, to), status: "open", ...scoped }, { take: 500 }),
  ])
  const realized = toChannelWeeks(signals)
  const matchOf = new Map(matches.map((m) => [`${m.product_id}|${m.week}`, m]))
  const ids = [...new Set([...Object.keys(realized), ...matches.map((m) => m.product_id), ...(productIds ?? [])])]
  const titles = await productTitles(container, [...ids, ...top.map((t) => t.product_id), ...suggestions.map((s) => s.product_id)])
  const series = ids
    .map((id) => {
      const points: Point[] = weeks.map((week) => {
        const m = matchOf.get(`${id}|${week}`)
        const r = Object.values(realized[id] ?? {}).reduce((a, byWeek) => a + (byWeek[week] ?? 0), 0)
        return {
          week,
          realized: Math.round(r * 10) / 10,
          demand: m?.demand ?? null,
          supply: m?.supply ?? null,
          available: m?.available ?? null,
          status: m?.status ?? null,
          magnitude: m?.magnitude ?? 0,
        }
      })
      return { product_id: id, title: titles.get(id)?.title ?? id, handle: titles.get(id)?.handle ?? null, points }
    })
    .sort((a, b) => divergence(b.points) - divergence(a.points) || a.title.localeCompare(b.title))
  const names = new Map((await loadKioskLocations(container)).map((k) => [k.key, k.name]))
  const kiosks = [...new Set(top.map((t) => t.location_key))].map((key) => ({
    location_key: key,
    name: names.get(key) ?? key,
    products: top
      .filter((t) => t.location_key === key)
      .map((t) => ({ ...t, title: titles.get(t.product_id)?.title ?? t.product_id })),
  }))
  const programme =
    !options.producer_id && container.hasRegistration("ocop")
      ? await container.resolve<OcopModuleService>("ocop").programmeStats(options.now ?? new Date())
      : null
  return {
    current_week: current,
    weeks,
    scope: { producer_id: options.producer_id ?? null, product_ids: productIds },
    supply_demand: series,
    signals: byWeek,
    /** events and units of the window per source: sent by clients (store), recorded by the server, demo */
    signals_by_source: sumSourceCounts(byWeek),
    top_products_by_location: kiosks,
    live: await liveFigures(container, live, options.producer_id),
    top_searches: searches,
    suggestions: suggestions
      .map((s) => ({ ...presentSuggestion(s), title: titles.get(s.product_id)?.title ?? s.product_id }))
      .sort((a: any, b: any) => b.value_at_stake - a.value_at_stake)
      .slice(0, 20),
    programme: programme && {
      certified: { total: programme.certified_total, by_stars: programme.by_stars, by_group: programme.by_group },
      ip_protected: programme.ip_protected,
      producers: programme.producers,
      expiring_within_90_days: programme.expiring,
    },
  }
}
