import { COLORS, shortWeek } from "../lib"
import type { Point } from "../types"

type Props = { points: Point[]; currentWeek: string; height?: number; compactMode?: boolean }

const W = 640
const PAD = { top: 12, right: 12, bottom: 22, left: 36 }

/**
 * Demand (orange) against supply available (blue) per week, realized
 * signals as grey bars; weeks in shortage are shaded red, surplus green.
 */
export const SupplyDemandChart = ({ points, currentWeek, height = 220, compactMode = false }: Props) => {
  const h = height
  const values = points.flatMap((p) => [p.realized, p.demand ?? 0, p.available ?? 0])
  const max = Math.max(1, ...values)
  const step = (W - PAD.left - PAD.right) / Math.max(1, points.length)
  const x = (i: number) => PAD.left + step * i + step / 2
  const y = (v: number) => h - PAD.bottom - (v / max) * (h - PAD.top - PAD.bottom)
  const line = (pick: (p: Point) => number | null) =>
    points
      .map((p, i) => [i, pick(p)] as const)
      .filter(([, v]) => v !== null)
      .map(([i, v], n) => `${n ? "L" : "M"}${x(i).toFixed(1)},${y(v as number).toFixed(1)}`)
      .join(" ")
  const ticks = [0, 0.5, 1].map((t) => Math.round(max * t))
  return (
    <svg viewBox={`0 0 ${W} ${h}`} className="w-full" role="img" aria-label="Demand against supply per week">
      {points.map((p, i) =>
        p.status && p.status !== "balanced" ? (
          <rect key={`s${p.week}`} x={x(i) - step / 2} y={PAD.top} width={step} height={h - PAD.top - PAD.bottom}
            fill={p.status === "shortage" ? COLORS.shortage : COLORS.surplus} />
        ) : null
      )}
      {!compactMode &&
        ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={COLORS.grid} />
            <text x={PAD.left - 4} y={y(t) + 3} fontSize="10" textAnchor="end" fill={COLORS.text}>{t}</text>
          </g>
        ))}
      {points.map((p, i) => (
        <rect key={`r${p.week}`} x={x(i) - step * 0.2} y={y(p.realized)} width={step * 0.4}
          height={Math.max(0, h - PAD.bottom - y(p.realized))} fill={COLORS.realized} opacity={0.6}>
          <title>{`${p.week}: ${p.realized} realized`}</title>
        </rect>
      ))}
      <path d={line((p) => p.available)} fill="none" stroke={COLORS.supply} strokeWidth={2} />
      <path d={line((p) => p.demand)} fill="none" stroke={COLORS.demand} strokeWidth={2} strokeDasharray="5 3" />
      {points.map((p, i) => (
        <g key={`l${p.week}`}>
          {p.demand !== null && <circle cx={x(i)} cy={y(p.demand)} r={2.5} fill={COLORS.demand}><title>{`${p.week}: demand ${p.demand}`}</title></circle>}
          {p.available !== null && <circle cx={x(i)} cy={y(p.available)} r={2.5} fill={COLORS.supply}><title>{`${p.week}: available ${p.available}`}</title></circle>}
          {(!compactMode || i % 2 === 0) && (
            <text x={x(i)} y={h - 6} fontSize="10" textAnchor="middle" fill={COLORS.text}
              fontWeight={p.week === currentWeek ? 700 : 400}>{shortWeek(p.week)}</text>
          )}
        </g>
      ))}
    </svg>
  )
}

export const ChartLegend = () => (
  <div className="txt-compact-small text-ui-fg-subtle flex flex-wrap gap-x-4 gap-y-1">
    <span style={{ color: COLORS.demand }}>- - estimated demand</span>
    <span style={{ color: COLORS.supply }}>— supply available</span>
    <span style={{ color: COLORS.realized }}>▮ realized signals</span>
    <span><span style={{ background: COLORS.shortage }}>&nbsp;&nbsp;&nbsp;</span> shortage</span>
    <span><span style={{ background: COLORS.surplus }}>&nbsp;&nbsp;&nbsp;</span> surplus</span>
  </div>
)
