/**
 * The producer's demand charts, drawn as SVG on the server (no chart
 * library, no JavaScript): demand against supply per week for a product,
 * demand signals per week by kind, and the pre-order book.
 */
import { fmt, type Dict } from "@/i18n"
import type { DemandDashboard, DemandPoint, PreOrderBookLine } from "@/lib/data/producer-demand"

const W = 640
const H = 200
const PAD = { left: 40, right: 12, top: 12, bottom: 28 }
const COLORS = { realized: "#0b6b3a", forecast: "#8a5a00", supply: "#1a56db" }
const KIND_COLORS = ["#0b6b3a", "#1a56db", "#8a5a00", "#b3261e", "#6b3fa0", "#00796b", "#c2185b", "#5d6b66"]

/** A round upper bound for the y axis (1, 2, 5 × 10^n). */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1
  const p = 10 ** Math.floor(Math.log10(v))
  return ([1, 2, 5, 10].find((m) => m * p >= v) ?? 10) * p
}

const shortWeek = (w: string) => w.replace(/^\d{4}-/, "")
const round = (n: number) => Math.round(n * 10) / 10

function Axes({ max, weeks, x, band }: { max: number; weeks: string[]; x: (i: number) => number; band: number }) {
  const y0 = H - PAD.bottom
  return (
    <g fontSize="11" fill="#5d6b66">
      <line x1={PAD.left} y1={y0} x2={W - PAD.right} y2={y0} stroke="#d9dfdb" />
      <line x1={PAD.left} y1={PAD.top} x2={W - PAD.right} y2={PAD.top} stroke="#eef1ef" />
      <text x={PAD.left - 4} y={y0} textAnchor="end" dominantBaseline="middle">0</text>
      <text x={PAD.left - 4} y={PAD.top} textAnchor="end" dominantBaseline="middle">{max}</text>
      {weeks.map((w, i) => (
        <text key={w} x={x(i) + band / 2} y={H - 8} textAnchor="middle">
          {shortWeek(w)}
        </text>
      ))}
    </g>
  )
}

/** Bars: demand recorded so far; dashed line: forecast demand; blue line: supply (stock + expected volume). */
export function DemandSupplyChart({
  series,
  currentWeek,
  t,
}: {
  series: DemandDashboard["supply_demand"][number]
  currentWeek: string
  t: Dict
}) {
  const d = t.demand
  const pts = series.points
  const max = niceMax(Math.max(0, ...pts.flatMap((p) => [p.realized, p.demand ?? 0, p.supply ?? 0])))
  const band = (W - PAD.left - PAD.right) / Math.max(1, pts.length)
  const x = (i: number) => PAD.left + i * band
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom)
  const line = (pick: (p: DemandPoint) => number | null) =>
    pts
      .map((p, i) => ({ v: pick(p), i }))
      .filter((p): p is { v: number; i: number } => p.v !== null)
      .map((p) => `${(x(p.i) + band / 2).toFixed(1)},${y(p.v).toFixed(1)}`)
      .join(" ")
  const forecast = line((p) => p.demand)
  const supply = line((p) => p.supply)
  const cur = pts.findIndex((p) => p.week === currentWeek)
  const label = fmt(t.locale, d.chartLabel, { title: series.title })
  return (
    <figure className="demand-figure" data-testid="demand-chart" data-product-id={series.product_id} data-handle={series.handle ?? ""}>
      <figcaption>
        <strong>{series.title}</strong>
      </figcaption>
      <svg className="chart demand" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <Axes max={max} weeks={pts.map((p) => p.week)} x={x} band={band} />
        {cur >= 0 ? (
          <rect x={x(cur)} y={PAD.top} width={band} height={H - PAD.top - PAD.bottom} fill="#f3f6f4">
            <title>{d.current}</title>
          </rect>
        ) : null}
        {pts.map((p, i) => {
          // a week with any demand stays visible next to a large supply
          const h = p.realized > 0 ? Math.max(2, H - PAD.bottom - y(p.realized)) : 0
          return (
            <rect
              key={p.week}
              data-series="realized"
              data-week={p.week}
              data-value={p.realized}
              x={x(i) + band * 0.2}
              y={H - PAD.bottom - h}
              width={band * 0.6}
              height={h}
              fill={COLORS.realized}
              opacity={0.85}
            >
              <title>{`${p.week}: ${d.realized} ${round(p.realized)}`}</title>
            </rect>
          )
        })}
        {forecast ? <polyline data-series="forecast" points={forecast} fill="none" stroke={COLORS.forecast} strokeWidth={2} strokeDasharray="5 4" /> : null}
        {supply ? <polyline data-series="supply" points={supply} fill="none" stroke={COLORS.supply} strokeWidth={2} /> : null}
        {pts.map((p, i) =>
          p.status && p.status !== "balanced" ? (
            <circle key={p.week} cx={x(i) + band / 2} cy={PAD.top + 4} r={4} fill={p.status === "shortage" ? "#b3261e" : "#1a56db"}>
              <title>{`${p.week}: ${d.match[p.status as keyof typeof d.match] ?? p.status} ${round(p.magnitude)}`}</title>
            </circle>
          ) : null
        )}
      </svg>
      <Legend items={[[d.realized, COLORS.realized], [d.forecast, COLORS.forecast], [d.supply, COLORS.supply]]} />
      <details>
        <summary>{d.table}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{d.week}</th>
              <th scope="col">{d.realized}</th>
              <th scope="col">{d.forecast}</th>
              <th scope="col">{d.supply}</th>
            </tr>
          </thead>
          <tbody>
            {pts.map((p) => (
              <tr key={p.week}>
                <th scope="row">{p.week}</th>
                <td>{round(p.realized)}</td>
                <td>{p.demand === null ? "—" : round(p.demand)}</td>
                <td>{p.supply === null ? "—" : round(p.supply)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

function Legend({ items }: { items: [string, string][] }) {
  return (
    <p className="legend">
      {items.map(([name, color]) => (
        <span key={name}>
          <span aria-hidden="true" style={{ color }}>
            ■{" "}
          </span>
          {name}
        </span>
      ))}
    </p>
  )
}

/** Stacked bars: demand signals (events) per week, one colour per kind. */
export function SignalsChart({ dashboard, t }: { dashboard: DemandDashboard; t: Dict }) {
  const d = t.demand
  const weeks = dashboard.weeks.filter((w) => w <= dashboard.current_week)
  const kinds = Object.keys(d.kinds).filter((k) => dashboard.signals.some((s) => s.kind === k))
  const count = (w: string, k: string) => dashboard.signals.filter((s) => s.week === w && s.kind === k).reduce((a, s) => a + s.events, 0)
  const max = niceMax(Math.max(0, ...weeks.map((w) => kinds.reduce((a, k) => a + count(w, k), 0))))
  const band = (W - PAD.left - PAD.right) / Math.max(1, weeks.length)
  const x = (i: number) => PAD.left + i * band
  const scale = (v: number) => (v / max) * (H - PAD.top - PAD.bottom)
  return (
    <figure className="demand-figure wide" data-testid="signals-chart">
      <svg className="chart demand" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={d.signalsLabel}>
        <Axes max={max} weeks={weeks} x={x} band={band} />
        {weeks.map((w, i) => {
          let top = H - PAD.bottom
          return kinds.map((k, j) => {
            const v = count(w, k)
            if (!v) return null
            const h = scale(v)
            top -= h
            return (
              <rect key={`${w}-${k}`} data-kind={k} data-week={w} data-value={v} x={x(i) + band * 0.2} y={top} width={band * 0.6} height={h} fill={KIND_COLORS[j % KIND_COLORS.length]}>
                <title>{`${w}: ${d.kinds[k as keyof typeof d.kinds]} ${v}`}</title>
              </rect>
            )
          })
        })}
      </svg>
      <Legend items={kinds.map((k, j) => [d.kinds[k as keyof typeof d.kinds], KIND_COLORS[j % KIND_COLORS.length]])} />
    </figure>
  )
}

const STATUS_COLORS = { reserved: "#8a5a00", harvest_ready: "#1a56db", fulfilled: "#0b6b3a" } as const

/** Horizontal stacked bars: units pre-ordered per product and harvest week, by status. */
export function PreOrderBookChart({ book, t }: { book: PreOrderBookLine[]; t: Dict }) {
  const d = t.demand
  const rowH = 26
  const left = 220
  const width = 400
  const statuses = Object.keys(STATUS_COLORS) as (keyof typeof STATUS_COLORS)[]
  const max = niceMax(Math.max(0, ...book.map((l) => statuses.reduce((a, s) => a + l[s], 0))))
  const h = book.length * rowH + 20
  return (
    <figure className="demand-figure" data-testid="pre-order-chart">
      <svg className="chart demand" viewBox={`0 0 ${left + width + 40} ${h}`} style={{ height: `${Math.max(4, h / 16)}rem` }} role="img" aria-label={d.preOrderLabel}>
        {book.map((l, i) => {
          let at = left
          const y = i * rowH + 4
          return (
            <g key={`${l.product_id}-${l.expected_week}`}>
              <text x={left - 6} y={y + rowH / 2} textAnchor="end" dominantBaseline="middle" fontSize="12">
                {`${l.title.slice(0, 28)} · ${shortWeek(l.expected_week)}`}
              </text>
              {statuses.map((s) => {
                const w = (l[s] / max) * width
                const r = w ? (
                  <rect key={s} data-status={s} data-value={l[s]} x={at} y={y + 3} width={w} height={rowH - 8} fill={STATUS_COLORS[s]}>
                    <title>{`${d.statuses[s]}: ${l[s]}`}</title>
                  </rect>
                ) : null
                at += w
                return r
              })}
              <text x={at + 4} y={y + rowH / 2} dominantBaseline="middle" fontSize="12">
                {statuses.reduce((a, s) => a + l[s], 0)}
              </text>
            </g>
          )
        })}
      </svg>
      <Legend items={statuses.map((s) => [d.statuses[s], STATUS_COLORS[s]])} />
    </figure>
  )
}
