import { COLORS } from "../lib"

type Bar = { label: string; value: number; hint?: string }

/** Horizontal bars drawn as SVG, longest first; `format` labels the values. */
export const BarList = ({ bars, format = String, color = COLORS.bar }: { bars: Bar[]; format?: (n: number) => string; color?: string }) => {
  if (!bars.length) return <p className="txt-compact-small text-ui-fg-muted">No data yet</p>
  const max = Math.max(1, ...bars.map((b) => b.value))
  const row = 22
  return (
    <svg viewBox={`0 0 400 ${bars.length * row}`} className="w-full" role="img">
      {bars.map((b, i) => (
        <g key={`${b.label}-${i}`} transform={`translate(0, ${i * row})`}>
          <text x={0} y={14} fontSize="11" fill={COLORS.text}>{b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}</text>
          <rect x={170} y={4} width={Math.max(1, (b.value / max) * 170)} height={13} rx={2} fill={color}>
            <title>{b.hint ?? `${b.label}: ${format(b.value)}`}</title>
          </rect>
          <text x={396} y={14} fontSize="11" textAnchor="end" fill={COLORS.text}>{format(b.value)}</text>
        </g>
      ))}
    </svg>
  )
}
