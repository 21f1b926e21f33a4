import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../routes/demand/lib"

type SupplyView = {
  products: {
    season: null | { months: number[]; off_season_months: number[]; uncertain: boolean; perishable: boolean }
    stock: number
    pre_ordered_open: number
    weeks: { week: string; phase: string; expected_volume: number | null; pre_ordered: number }[]
  }[]
}

const PHASE: Record<string, string> = { main: "harvest", off: "off-season crop", none: "—", all_year: "all year" }

/** The product's harvest window, stock, expected volumes and pre-orders for the coming weeks. */
const DemandProductSupplyWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data } = useQuery({
    queryKey: ["demand-supply", product.id],
    queryFn: () => sdk.client.fetch<SupplyView>("/admin/demand/supply", { query: { product_id: product.id, weeks: 6 } }),
  })
  const view = data?.products[0]
  if (!view) return null
  const season = view.season
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Harvest & pre-orders</Heading>
        {season?.uncertain && <Badge size="2xsmall" color="orange">season unconfirmed</Badge>}
      </div>
      <div className="flex flex-col gap-1 px-6 py-4">
        <Text size="small">
          {season && season.months.length < 12
            ? `Harvest: months ${season.months.join(", ")}${season.off_season_months.length ? `; off-season ${season.off_season_months.join(", ")}` : ""}`
            : "Sold all year"}
          {season?.perishable ? " · perishable" : ""}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">In stock {view.stock} · open pre-orders {view.pre_ordered_open}</Text>
      </div>
      <div className="px-6 py-4">
        <table className="txt-compact-small w-full">
          <thead className="text-ui-fg-subtle">
            <tr><th className="text-left font-normal">Week</th><th className="text-left font-normal">Phase</th><th className="text-right font-normal">Expected</th><th className="text-right font-normal">Pre-ordered</th></tr>
          </thead>
          <tbody>
            {view.weeks.map((w) => (
              <tr key={w.week}>
                <td>{w.week}</td>
                <td>{PHASE[w.phase] ?? w.phase}</td>
                <td className="text-right">{w.expected_volume ?? "—"}</td>
                <td className="text-right">{w.pre_ordered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default DemandProductSupplyWidget
