import { Chart, rankingSeries } from "@ocop-live/charts"
import { Text } from "@medusajs/ui"

type Props = { label: string; series: string; items: { label: string; value: number }[]; unit?: string }

/** A ranking as horizontal bars, largest first (the shared chart, with its table). */
export const BarList = ({ label, series, items, unit }: Props) => {
  if (!items.length) return <Text size="small" className="text-ui-fg-muted">No data yet</Text>
  return (
    <Chart
      kind="horizontal-bar"
      label={label}
      series={[rankingSeries("value", series, items, unit)]}
      xLabel="Name"
      tableToggle="Figures"
      height={`${Math.max(6, items.length * 1.75 + 2)}rem`}
      locale="en"
    />
  )
}
