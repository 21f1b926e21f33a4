"use client"

import { useEffect, useMemo, useRef } from "react"
import { chartConfig } from "./config"
import { DataTable } from "./data-table"
import { valueCount, type ChartKind, type Series, type XFormat } from "./series"
import type { Chart as Engine } from "./engine"

export type ChartProps = {
  kind: ChartKind
  series: Series[]
  /** The chart's accessible name: what it shows ("Demand against supply, Na Chi Lăng"). */
  label: string
  /** Header of the data table's first column ("Week"). */
  xLabel: string
  /** Text of the toggle that shows the data table ("Data table"). */
  tableToggle: string
  xFormat?: XFormat
  /** Number and time formats (BCP 47); the same on server and client. */
  locale?: string
  /** An x value written in bold (e.g. the current week). */
  highlightX?: string | number
  /** Height of the drawing (CSS length). */
  height?: string
  title?: string
  testId?: string
  className?: string
}

/**
 * One chart: Chart.js on a canvas (named for screen readers), loaded only
 * when a chart mounts, and the same series as a data table behind a toggle.
 * `data-series-count` / `data-point-count` say what it was given,
 * `data-drawn-points` what Chart.js laid out.
 */
export function Chart({ kind, series, label, xLabel, tableToggle, xFormat = "text", locale = "vi", highlightX, height = "14rem", title, testId, className }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const figure = useRef<HTMLElement>(null)
  const engine = useRef<Engine | null>(null)
  const config = useMemo(() => chartConfig({ kind, series, xFormat, locale, highlightX }), [kind, series, xFormat, locale, highlightX])

  useEffect(() => {
    let stale = false
    void import("./engine").then(({ draw, drawnCount }) => {
      if (stale || !canvas.current) return
      engine.current = draw(canvas.current, config, engine.current)
      figure.current?.setAttribute("data-drawn-points", String(drawnCount(engine.current)))
    })
    return () => {
      stale = true
    }
  }, [config])

  useEffect(
    () => () => {
      engine.current?.destroy()
      engine.current = null
    },
    []
  )

  return (
    <figure
      ref={figure}
      className={className}
      style={{ margin: "0 0 1rem" }}
      data-testid={testId}
      data-chart-kind={kind}
      data-series-count={series.length}
      data-point-count={valueCount(series)}
    >
      {title ? <figcaption style={{ fontWeight: 600 }}>{title}</figcaption> : null}
      <div style={{ position: "relative", height }}>
        <canvas ref={canvas} role="img" aria-label={label}>
          {label}
        </canvas>
      </div>
      <DataTable series={series} label={label} xLabel={xLabel} toggle={tableToggle} xFormat={xFormat} locale={locale} />
    </figure>
  )
}
