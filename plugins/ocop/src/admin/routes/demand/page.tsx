import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ArrowPath, ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { BarList } from "./components/bar-list"
import { DivergenceGrid, ProductPanel } from "./components/product-panel"
import { Section } from "./components/section"
import { SignalsChart } from "./components/signals-chart"
import { SuggestionsList } from "./components/suggestions-list"
import { sdk } from "./lib"
import type { Dashboard } from "./types"

/** Supply against consumer and tourism demand, for the province's operators. */
const DemandPage = () => {
  const [weeks, setWeeks] = useState("8")
  const client = useQueryClient()
  const { data, isLoading, isError } = useQuery({
    queryKey: ["demand-dashboard", weeks],
    queryFn: () => sdk.client.fetch<Dashboard>("/admin/demand/dashboard", { query: { weeks, ahead: 3 } }),
  })
  const recompute = useMutation({
    mutationFn: () => sdk.client.fetch("/admin/demand/matches/compute", { method: "POST", body: {} }),
    onSuccess: () => {
      toast.success("Matches recomputed")
      client.invalidateQueries({ queryKey: ["demand-dashboard"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  if (isLoading) return <Container><Text>Loading…</Text></Container>
  if (isError || !data) return <Container><Text>Could not load the dashboard.</Text></Container>
  const exportUrl = `/admin/demand/export.csv?from=${data.current_week}&to=${data.weeks[data.weeks.length - 1]}`
  const p = data.programme
  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading>Supply & demand</Heading>
          <Text size="small" className="text-ui-fg-subtle">Week {data.current_week}: shop, kiosk and livestream signals against harvests, stock and pre-orders</Text>
        </div>
        <div className="flex items-center gap-2">
          <Select value={weeks} onValueChange={setWeeks} size="small">
            <Select.Trigger><Select.Value /></Select.Trigger>
            <Select.Content>
              {["4", "8", "12", "26"].map((w) => <Select.Item key={w} value={w}>{w} weeks</Select.Item>)}
            </Select.Content>
          </Select>
          <Button size="small" variant="secondary" isLoading={recompute.isPending} onClick={() => recompute.mutate()}>
            <ArrowPath /> Recompute
          </Button>
          <a href={exportUrl} download><Button size="small" variant="secondary"><ArrowDownTray /> CSV</Button></a>
        </div>
      </Container>
      <Section title="Suggestions" hint="This week and the next three">
        <SuggestionsList suggestions={data.suggestions} />
      </Section>
      <Section title="Where supply and demand diverge" hint="Weeks in shortage or surplus are listed under each chart">
        <DivergenceGrid series={data.supply_demand} currentWeek={data.current_week} />
      </Section>
      <Section title="Demand against supply, per product">
        <ProductPanel series={data.supply_demand} currentWeek={data.current_week} />
      </Section>
      <Section title="Demand signals per week">
        <SignalsChart weeks={data.weeks.filter((w) => w <= data.current_week)} signals={data.signals} />
      </Section>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        {data.top_products_by_location.map((k) => (
          <Section key={k.location_key} title={k.name} hint="Top products handed over at the kiosk">
            <BarList label={`${k.name}: products handed over`} series="Handed over" items={k.products.map((x) => ({ label: x.title, value: x.handovers }))} />
          </Section>
        ))}
        <Section title="Livestream GMV" hint={data.live.source === "livestream" ? "Converted claims" : "Claims recorded as demand events"}>
          <BarList label="Livestream GMV per stream" series="GMV" unit="₫" items={data.live.streams.map((s) => ({ label: s.title ?? s.stream_id, value: s.gmv }))} />
        </Section>
        <Section title="Searches naming no product">
          <BarList label="Searches naming no product" series="Searches" items={data.top_searches.map((s) => ({ label: s.query_norm, value: s.events }))} />
        </Section>
        {p && (
          <Section title="OCOP programme" hint={`${p.certified.total} certified products, ${p.ip_protected} IP-protected, ${p.producers} producers, ${p.expiring_within_90_days} expiring within 90 days`}>
            <BarList label="Certified products by stars" series="Products" items={Object.entries(p.certified.by_stars).map(([stars, n]) => ({ label: `${stars} stars`, value: n }))} />
            <BarList label="Certified products by group" series="Products" items={Object.entries(p.certified.by_group).filter(([, n]) => n > 0).map(([group, n]) => ({ label: group, value: n }))} />
          </Section>
        )}
      </div>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Supply & demand", icon: ChartBar })

export default DemandPage
