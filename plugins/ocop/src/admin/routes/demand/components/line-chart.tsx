import { Chart, demandSupplySeries, divergentWeeks, shortWeek } from "@ocop-live/charts"
import { Text } from "@medusajs/ui"
import type { Point } from "../types"

type Props = { title: string; points: Point[]; currentWeek: string; height?: string }

const LABELS = { realized: "Realized signals", forecast: "Estimated demand", supply: "Supply available" }

/**
 * Realized signals (bars), supply available after pre-orders (solid line) and
 * estimated demand (dashed line) per week, with the shortage and surplus
 * weeks written out below: the shared chart of @ocop-live/charts.
 */
export const SupplyDemandChart = ({ title, points, currentWeek, height = "14rem" }: Props) => {
  const diverging = divergentWeeks(points)
  return (
    <div data-testid="admin-demand-chart">
      <Chart
        kind="bar"
        label={`${title}: demand against supply per week`}
        series={demandSupplySeries(points, LABELS, { supply: "available" })}
        xFormat="week"
        xLabel="Week"
        tableToggle="Figures"
        highlightX={currentWeek}
        height={height}
        locale="en"
      />
      {diverging.length > 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {diverging.map((w) => `${w.status} ${shortWeek(w.week)} (${Math.round(w.magnitude * 10) / 10})`).join(" · ")}
        </Text>
      )}
    </div>
  )
}
