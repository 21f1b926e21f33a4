/**
 * The producer's demand charts: demand against supply per week for a
 * product, demand signals per week by kind, and the pre-order book. The
 * shaping runs on the server; the one shared chart (@ocop-live/charts) draws
 * on the client and carries its data table.
 */
import { Chart, demandSupplySeries, divergentWeeks, preOrderBookSeries, shortWeek, signalSeries } from "@ocop-live/charts"
import { fmt, type Dict } from "@/i18n"
import type { DemandDashboard, PreOrderBookLine } from "@/lib/data/producer-demand"

const STATUSES = ["reserved", "harvest_ready", "fulfilled"] as const

/** Bars: demand recorded so far; solid line: supply (stock + expected volume); dashed line: forecast demand. */
export function DemandSupplyChart({ series, currentWeek, t, locale }: { series: DemandDashboard["supply_demand"][number]; currentWeek: string; t: Dict; locale: string }) {
  const d = t.demand
  const diverging = divergentWeeks(series.points)
  return (
    <div className="demand-figure" data-testid="demand-chart" data-product-id={series.product_id} data-handle={series.handle ?? ""}>
      <Chart
        kind="bar"
        title={series.title}
        label={fmt(t.locale, d.chartLabel, { title: series.title })}
        series={demandSupplySeries(series.points, { realized: d.realized, forecast: d.forecast, supply: d.supply })}
        xFormat="week"
        xLabel={d.week}
        tableToggle={d.table}
        highlightX={currentWeek}
        locale={locale}
      />
      {diverging.length ? (
        <p className="muted" data-testid="divergence">
          {diverging.map((w) => `${d.match[w.status]} ${shortWeek(w.week)} (${Math.round(w.magnitude * 10) / 10})`).join(" · ")}
        </p>
      ) : null}
    </div>
  )
}

/** Stacked bars: demand signals (events) per week up to this week, one series per kind. */
export function SignalsChart({ dashboard, t, locale }: { dashboard: DemandDashboard; t: Dict; locale: string }) {
  const d = t.demand
  const weeks = dashboard.weeks.filter((w) => w <= dashboard.current_week)
  const kinds = Object.entries(d.kinds).map(([id, label]) => ({ id, label }))
  return (
    <div className="demand-figure wide">
      <Chart
        kind="stacked-bar"
        testId="signals-chart"
        label={d.signalsLabel}
        series={signalSeries(weeks, dashboard.signals, kinds)}
        xFormat="week"
        xLabel={d.week}
        tableToggle={d.table}
        locale={locale}
      />
    </div>
  )
}

/** Horizontal stacked bars: units pre-ordered per product and harvest week, by status. */
export function PreOrderBookChart({ book, t, locale }: { book: PreOrderBookLine[]; t: Dict; locale: string }) {
  const d = t.demand
  return (
    <div className="demand-figure">
      <Chart
        kind="horizontal-stacked-bar"
        testId="pre-order-chart"
        label={d.preOrderLabel}
        series={preOrderBookSeries(book, STATUSES.map((id) => ({ id, label: d.statuses[id] })))}
        xLabel={d.bookRow}
        tableToggle={d.table}
        height={`${Math.max(8, book.length * 2.5 + 4)}rem`}
        locale={locale}
      />
    </div>
  )
}
