import { alignSeries, formatX, formatY, seriesHeading, type Series, type XFormat } from "./series"

type Props = { series: Series[]; label: string; xLabel: string; toggle: string; xFormat: XFormat; locale: string }

const cell = { padding: "0.15rem 0.6rem", textAlign: "right" } as const

/**
 * The chart's text alternative: the same aligned values as the canvas, one
 * row per x value and one column per series, behind a toggle.
 */
export function DataTable({ series, label, xLabel, toggle, xFormat, locale }: Props) {
  const { xs, values } = alignSeries(series)
  return (
    <details>
      <summary>{toggle}</summary>
      <table style={{ borderCollapse: "collapse", fontSize: "0.875rem" }}>
        <caption style={{ textAlign: "left" }}>{label}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, textAlign: "left" }}>
              {xLabel}
            </th>
            {series.map((s) => (
              <th key={s.id} scope="col" data-series={s.id} style={cell}>
                {seriesHeading(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xs.map((x, i) => (
            <tr key={String(x)} data-x={String(x)}>
              <th scope="row" style={{ ...cell, textAlign: "left", fontWeight: "normal" }}>
                {formatX(x, xFormat, locale)}
              </th>
              {values.map((v, s) => (
                <td key={series[s].id} data-series={series[s].id} data-value={v[i] ?? ""} style={cell}>
                  {formatY(v[i], locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
