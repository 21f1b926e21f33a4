/**
 * From the demand API's answers (GET /admin/demand/dashboard,
 * /producer/demand/dashboard, /producer/demand/pre-order-book) to series.
 * The texts are the caller's (each app has its own dictionaries).
 */
import type { Series } from "../series"

/** One week of a product's supply_demand points. */
export type DemandWeek = {
  week: string
  realized: number
  demand: number | null
  supply: number | null
  available?: number | null
}

export type DemandLabels = { realized: string; forecast: string; supply: string }

/**
 * Demand recorded so far (bars), supply (a solid line) and forecast demand
 * (a dashed line)
 * per week. `supply` picks the supply figure: everything expected
 * (`supply`: stock + expected volume) or what is left after pre-orders
 * (`available`). A week without a forecast or supply figure is a gap.
 */
export function demandSupplySeries(
  points: DemandWeek[],
  labels: DemandLabels,
  options: { supply?: "supply" | "available"; unit?: string } = {}
): Series[] {
  const pick = options.supply ?? "supply"
  const unit = options.unit
  return [
    { id: "realized", label: labels.realized, unit, style: "bar", points: points.map((p) => ({ x: p.week, y: p.realized })) },
    { id: "supply", label: labels.supply, unit, style: "line", points: points.map((p) => ({ x: p.week, y: p[pick] ?? null })) },
    { id: "forecast", label: labels.forecast, unit, style: "line", points: points.map((p) => ({ x: p.week, y: p.demand })) },
  ]
}

export type Signal = { week: string; kind: string; events: number }

/**
 * Demand signals per week, one series per kind (in `kinds`' order, only kinds
 * that occur): events summed per week and kind, 0 for a week without any.
 */
export function signalSeries(weeks: string[], signals: Signal[], kinds: { id: string; label: string }[]): Series[] {
  const sum = new Map<string, number>()
  for (const s of signals) sum.set(`${s.week}|${s.kind}`, (sum.get(`${s.week}|${s.kind}`) ?? 0) + s.events)
  return kinds
    .filter((k) => signals.some((s) => s.kind === k.id && weeks.includes(s.week)))
    .map((k) => ({ id: k.id, label: k.label, points: weeks.map((w) => ({ x: w, y: sum.get(`${w}|${k.id}`) ?? 0 })) }))
}

export type PreOrderBookLine = {
  product_id: string
  title: string
  expected_week: string
  reserved: number
  harvest_ready: number
  fulfilled: number
}

export type PreOrderStatus = "reserved" | "harvest_ready" | "fulfilled"

/** Units pre-ordered per product and harvest week (one row each), one series per status. */
export function preOrderBookSeries(book: PreOrderBookLine[], statuses: { id: PreOrderStatus; label: string }[], unit?: string): Series[] {
  const row = (l: PreOrderBookLine) => `${l.title} · ${l.expected_week}`
  return statuses.map((s) => ({ id: s.id, label: s.label, unit, points: book.map((l) => ({ x: row(l), y: l[s.id] })) }))
}

export type Divergence = { week: string; status: "shortage" | "surplus"; magnitude: number }

/** The weeks where supply and demand diverge (for a line of text under a chart), in week order. */
export function divergentWeeks(points: { week: string; status: string | null; magnitude: number }[]): Divergence[] {
  return points
    .filter((p): p is typeof p & { status: Divergence["status"] } => p.status === "shortage" || p.status === "surplus")
    .map((p) => ({ week: p.week, status: p.status, magnitude: p.magnitude }))
    .sort((a, b) => a.week.localeCompare(b.week))
}
