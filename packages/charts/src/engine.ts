/**
 * Chart.js with only the parts these charts use (tree-shaken), loaded by the
 * component on the client when a chart first mounts.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from "chart.js"

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip)

/** Draws a new chart, or redraws `existing` with the new data and options. */
export function draw(canvas: HTMLCanvasElement, config: ChartConfiguration, existing: Chart | null): Chart {
  if (!existing) return new Chart(canvas, config)
  existing.data = config.data
  existing.options = config.options ?? {}
  existing.update()
  return existing
}

/** Elements Chart.js laid out for values (bars and points that are not gaps), over all datasets. */
export function drawnCount(chart: Chart): number {
  return chart.data.datasets.reduce((n, dataset, i) => {
    const laid = chart.getDatasetMeta(i).data
    return n + laid.filter((el, j) => el && dataset.data[j] !== null && dataset.data[j] !== undefined).length
  }, 0)
}

export type { Chart }
