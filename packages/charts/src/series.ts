/**
 * The one series shape every chart takes, and the alignment of several
 * series on a shared x axis (used by the canvas and by the data table alike,
 * so both always show the same numbers).
 */

/** One value; `y: null` is "no value" (a gap), not zero. */
export type Point = { x: string | number; y: number | null }

export type Series = {
  /** Stable id (used for colour, dash and marker, and in data attributes). */
  id: string
  /** Shown in the legend, the tooltip and the table's column header. */
  label: string
  /** Unit of y, shown in the table header and the tooltip ("kg", "₫"). */
  unit?: string
  /** How this series is drawn; defaults to the chart kind's (lets a bar chart carry lines). */
  style?: "bar" | "line"
  points: Point[]
}

export type ChartKind = "line" | "bar" | "stacked-bar" | "horizontal-bar" | "horizontal-stacked-bar"

/** How x values are written: as given, ISO weeks without the year ("W49"), or epoch ms as a clock time. */
export type XFormat = "text" | "week" | "time"

export type Aligned = {
  /** Every x value of any series, in order (numbers ascending, else first seen). */
  xs: (string | number)[]
  /** `values[s][i]`: series s at xs[i], null where the series has no point. */
  values: (number | null)[][]
}

/** Lays the series on one x axis: missing points become null, never zero. */
export function alignSeries(series: Series[]): Aligned {
  const seen = new Map<string | number, number>()
  for (const s of series) for (const p of s.points) if (!seen.has(p.x)) seen.set(p.x, seen.size)
  let xs = [...seen.keys()]
  if (xs.length && xs.every((x) => typeof x === "number")) xs = (xs as number[]).sort((a, b) => a - b)
  const values = series.map((s) => {
    const byX = new Map(s.points.map((p) => [p.x, p.y] as const))
    return xs.map((x) => (byX.has(x) ? (byX.get(x) as number | null) : null))
  })
  return { xs, values }
}

/** Number of points that carry a value, over all series. */
export function valueCount(series: Series[]): number {
  return series.reduce((n, s) => n + s.points.filter((p) => p.y !== null).length, 0)
}

/** "2026-W49" → "W49"; anything else unchanged. */
export const shortWeek = (x: string | number) => (typeof x === "string" ? x.replace(/^\d{4}-(?=W\d)/, "") : String(x))

/** Writes an x value for a tick or a table row. */
export function formatX(x: string | number, format: XFormat, locale?: string): string {
  if (format === "week") return shortWeek(x)
  if (format === "time" && typeof x === "number") {
    return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false }).format(x)
  }
  return String(x)
}

/** Writes a y value (a dash for no value), with at most one decimal. */
export function formatY(y: number | null, locale?: string): string {
  return y === null ? "—" : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(y)
}

/** A column header: the label with its unit. */
export const seriesHeading = (s: Series) => (s.unit ? `${s.label} (${s.unit})` : s.label)
