/** A small SVG line chart (no library): one line per series, shared time axis. */
export type Point = { t: number; values: Record<string, number> }

const COLORS = ["#0b6b3a", "#b3261e", "#1a56db", "#8a5a00"]

export function StatsChart({ points, series, label }: { points: Point[]; series: { key: string; name: string }[]; label: string }) {
  const W = 600
  const H = 160
  const pad = 24
  const t0 = points[0]?.t ?? 0
  const t1 = Math.max(points[points.length - 1]?.t ?? 1, t0 + 1)
  const x = (t: number) => pad + ((t - t0) / (t1 - t0)) * (W - 2 * pad)
  return (
    <figure style={{ margin: 0 }}>
      <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="stats-chart">
        <line x1={pad} y1={H - pad} x2={W - pad} y2={H - pad} stroke="#d9dfdb" />
        {series.map((s, i) => {
          const max = Math.max(1, ...points.map((p) => p.values[s.key] ?? 0))
          const y = (v: number) => H - pad - (v / max) * (H - 2 * pad)
          const d = points.map((p) => `${x(p.t).toFixed(1)},${y(p.values[s.key] ?? 0).toFixed(1)}`).join(" ")
          return <polyline key={s.key} points={d} fill="none" stroke={COLORS[i % COLORS.length]} strokeWidth={2} />
        })}
      </svg>
      <figcaption className="row" style={{ gap: "1rem" }}>
        {series.map((s, i) => (
          <span key={s.key}>
            <span aria-hidden="true" style={{ color: COLORS[i % COLORS.length] }}>
              ━{" "}
            </span>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
