/**
 * The Chart.js configuration for a chart kind and its series: a pure
 * function (no canvas), so what is drawn is unit-tested.
 */
import type { ChartConfiguration, ChartDataset, TooltipItem } from "chart.js"
import { alignSeries, formatX, formatY, type ChartKind, type Series, type XFormat } from "./series"
import { colorAt, dashAt, markerAt } from "./style"

export type ChartInput = {
  kind: ChartKind
  series: Series[]
  xFormat?: XFormat
  locale?: string
  /** An x value whose tick is written in bold (e.g. the current week). */
  highlightX?: string | number
}

const MAX_TICK_CHARS = 28

export function chartConfig({ kind, series, xFormat = "text", locale, highlightX }: ChartInput): ChartConfiguration {
  const { xs, values } = alignSeries(series)
  const labels = xs.map((x) => formatX(x, xFormat, locale))
  const horizontal = kind.startsWith("horizontal-")
  const stacked = kind.endsWith("stacked-bar")
  let lines = 0
  const datasets = series.map((s, i): ChartDataset => {
    const color = colorAt(i)
    const style = s.style ?? (kind === "line" ? "line" : "bar")
    if (style === "line") {
      const at = lines++
      return {
        type: "line",
        label: s.label,
        data: values[i],
        borderColor: color,
        backgroundColor: color,
        borderWidth: 2,
        borderDash: dashAt(at),
        pointStyle: markerAt(at),
        pointRadius: 3.5,
        spanGaps: false,
        // lines above bars
        order: 0,
      }
    }
    return {
      type: "bar",
      label: s.label,
      data: values[i],
      backgroundColor: color,
      borderColor: "#ffffff",
      borderWidth: stacked ? 1 : 0,
      pointStyle: "rect",
      order: 1,
    }
  })
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 })
  const highlight = highlightX === undefined ? undefined : formatX(highlightX, xFormat, locale)
  const category = {
    stacked,
    ticks: {
      font: (ctx: { index: number }) => (labels[ctx.index] === highlight ? { weight: "bold" as const } : undefined),
      callback(this: { getLabelForValue(v: number): string }, value: string | number) {
        const l = this.getLabelForValue(Number(value))
        return l.length > MAX_TICK_CHARS ? `${l.slice(0, MAX_TICK_CHARS - 1)}…` : l
      },
    },
  }
  // whole-number ticks: counts of units, events and viewers
  const amount = { stacked, beginAtZero: true, ticks: { precision: 0, callback: (v: string | number) => compact.format(Number(v)) } }
  return {
    type: kind === "line" ? "line" : "bar",
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? "y" : "x",
      responsive: true,
      maintainAspectRatio: false,
      // drawn at once: no motion, and the canvas matches the table as soon as it shows
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: horizontal ? { y: category, x: amount } : { x: category, y: amount },
      plugins: {
        // a ranking's one series needs no legend; any other chart names its series (even one kind of signal)
        legend: { display: series.length > 1 || kind !== "horizontal-bar", labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<"bar" | "line">) => {
              const s = series[item.datasetIndex]
              const y = item.raw as number | null
              return `${s.label}: ${formatY(y, locale)}${s.unit && y !== null ? ` ${s.unit}` : ""}`
            },
          },
        },
      },
    },
  } as ChartConfiguration
}
