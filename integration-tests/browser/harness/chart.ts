/** What a chart of @ocop-live/charts shows in the page: its canvas, what Chart.js laid out, and its data table. */
import type { Locator } from "playwright-core"

export type ChartState = {
  kind: string
  /** The canvas's accessible name */
  label: string
  seriesCount: number
  /** Values given (points that are not gaps, over all series) */
  pointCount: number
  /** Bars and points Chart.js laid out */
  drawnPoints: number
  /** Canvas pixels that are not transparent */
  inkedPixels: number
  /** The data table: column headers, then one row per x value */
  columns: string[]
  rows: string[][]
}

/** Waits until Chart.js has laid out every value the chart was given, then reads it. */
export async function readChart(figure: Locator): Promise<ChartState> {
  const el = await figure.elementHandle({ timeout: 15_000 })
  await figure.page().waitForFunction(
    (f) => !!f && f.getAttribute("data-drawn-points") === f.getAttribute("data-point-count"),
    el,
    { timeout: 15_000 }
  )
  return figure.evaluate((f) => {
    const canvas = f.querySelector("canvas")!
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height)
    let inked = 0
    for (let i = 3; i < data.length; i += 4) if (data[i]) inked++
    const text = (cells: NodeListOf<Element>) => [...cells].map((c) => c.getAttribute("data-value") ?? c.textContent ?? "")
    return {
      kind: f.getAttribute("data-chart-kind") ?? "",
      label: canvas.getAttribute("aria-label") ?? "",
      seriesCount: Number(f.getAttribute("data-series-count")),
      pointCount: Number(f.getAttribute("data-point-count")),
      drawnPoints: Number(f.getAttribute("data-drawn-points")),
      inkedPixels: inked,
      columns: [...f.querySelectorAll("thead th")].map((th) => th.textContent ?? ""),
      rows: [...f.querySelectorAll("tbody tr")].map((tr) => text(tr.querySelectorAll("th, td"))),
    }
  })
}
