import { COLORS, shortWeek } from "../lib"

const KIND_COLORS: Record<string, string> = {
  product_view: "#c7d2fe",
  search: "#a5b4fc",
  cart_add: "#818cf8",
  order: "#4f46e5",
  kiosk_scan: "#fde68a",
  kiosk_handover: "#f59e0b",
  live_claim: "#ec4899",
  live_peak_viewers: "#f9a8d4",
  share: "#86efac",
  referral_visit: "#22c55e",
}

/** Events per week stacked by kind (views, searches, carts, orders, kiosk, live). */
export const SignalsChart = ({ weeks, signals }: { weeks: string[]; signals: { week: string; kind: string; events: number }[] }) => {
  const h = 160
  const totals = weeks.map((w) => signals.filter((s) => s.week === w).reduce((a, s) => a + s.events, 0))
  const max = Math.max(1, ...totals)
  const step = 620 / Math.max(1, weeks.length)
  return (
    <div>
      <svg viewBox={`0 0 640 ${h}`} className="w-full" role="img" aria-label="Demand signals per week">
        {weeks.map((w, i) => {
          let top = h - 20
          return (
            <g key={w}>
              {Object.keys(KIND_COLORS).map((kind) => {
                const n = signals.find((s) => s.week === w && s.kind === kind)?.events ?? 0
                const bar = (n / max) * (h - 30)
                top -= bar
                return n ? (
                  <rect key={kind} x={10 + i * step + step * 0.15} y={top} width={step * 0.7} height={bar} fill={KIND_COLORS[kind]}>
                    <title>{`${w} ${kind}: ${n}`}</title>
                  </rect>
                ) : null
              })}
              <text x={10 + i * step + step / 2} y={h - 6} fontSize="10" textAnchor="middle" fill={COLORS.text}>{shortWeek(w)}</text>
            </g>
          )
        })}
      </svg>
      <div className="txt-compact-small text-ui-fg-subtle flex flex-wrap gap-x-3">
        {Object.entries(KIND_COLORS).map(([kind, color]) => (
          <span key={kind}><span style={{ color }}>■</span> {kind.replace(/_/g, " ")}</span>
        ))}
      </div>
    </div>
  )
}
