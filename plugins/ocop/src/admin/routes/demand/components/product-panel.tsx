import { Select, Text } from "@medusajs/ui"
import { useState } from "react"
import type { Series } from "../types"
import { SupplyDemandChart } from "./line-chart"

/** One product picked from the list (most diverging first), drawn large. */
export const ProductPanel = ({ series, currentWeek }: { series: Series[]; currentWeek: string }) => {
  const [picked, setPicked] = useState<string | undefined>(undefined)
  const current = series.find((s) => s.product_id === picked) ?? series[0]
  if (!current) return <Text size="small" className="text-ui-fg-muted">No products in scope</Text>
  return (
    <div className="flex flex-col gap-3">
      <Select value={current.product_id} onValueChange={setPicked}>
        <Select.Trigger><Select.Value placeholder="Product" /></Select.Trigger>
        <Select.Content>
          {series.map((s) => <Select.Item key={s.product_id} value={s.product_id}>{s.title}</Select.Item>)}
        </Select.Content>
      </Select>
      <SupplyDemandChart title={current.title} points={current.points} currentWeek={currentWeek} />
    </div>
  )
}

/** Small multiples: the six products whose supply and demand diverge most. */
export const DivergenceGrid = ({ series, currentWeek }: { series: Series[]; currentWeek: string }) => {
  const diverging = series.filter((s) => s.points.some((p) => p.status && p.status !== "balanced")).slice(0, 6)
  if (!diverging.length) return <Text size="small" className="text-ui-fg-muted">No shortage or surplus in the coming weeks</Text>
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      {diverging.map((s) => (
        <div key={s.product_id}>
          <Text size="small" weight="plus" className="truncate">{s.title}</Text>
          <SupplyDemandChart title={s.title} points={s.points} currentWeek={currentWeek} height="9rem" />
        </div>
      ))}
    </div>
  )
}
