/** From figures sampled over time, or a list of labelled values, to series. */
import type { Series } from "../series"

/** One reading of several figures at epoch ms `t`. */
export type Sample = { t: number; values: Record<string, number> }

/** One series per figure over time; a reading that lacks a figure is a gap. */
export function sampleSeries(samples: Sample[], figures: { key: string; label: string; unit?: string }[]): Series[] {
  return figures.map((f) => ({
    id: f.key,
    label: f.label,
    unit: f.unit,
    points: samples.map((s) => ({ x: s.t, y: typeof s.values[f.key] === "number" ? s.values[f.key] : null })),
  }))
}

/** Labelled values as one series, largest first (a ranking such as top products). */
export function rankingSeries(id: string, label: string, items: { label: string; value: number }[], unit?: string): Series {
  const sorted = [...items].sort((a, b) => b.value - a.value)
  // the same label twice would merge into one row on the shared axis
  const seen = new Map<string, number>()
  const points = sorted.map((i) => {
    const n = (seen.get(i.label) ?? 0) + 1
    seen.set(i.label, n)
    return { x: n > 1 ? `${i.label} (${n})` : i.label, y: i.value }
  })
  return { id, label, unit, style: "bar", points }
}
