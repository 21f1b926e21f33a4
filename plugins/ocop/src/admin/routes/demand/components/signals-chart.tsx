import { Chart, signalSeries } from "@ocop-live/charts"

const KINDS = [
  { id: "product_view", label: "Product views" },
  { id: "search", label: "Searches" },
  { id: "cart_add", label: "Cart additions" },
  { id: "order", label: "Orders" },
  { id: "kiosk_scan", label: "Kiosk scans" },
  { id: "kiosk_handover", label: "Kiosk hand-overs" },
  { id: "live_claim", label: "Live claims" },
  { id: "live_peak_viewers", label: "Peak live viewers" },
  { id: "share", label: "Shares" },
  { id: "referral_visit", label: "Visits from shares" },
]

/** Events per week stacked by kind (views, searches, carts, orders, kiosk, live). */
export const SignalsChart = ({ weeks, signals }: { weeks: string[]; signals: { week: string; kind: string; events: number }[] }) => (
  <Chart
    kind="stacked-bar"
    testId="admin-signals-chart"
    label="Demand signals per week, by kind"
    series={signalSeries(weeks, signals, KINDS)}
    xFormat="week"
    xLabel="Week"
    tableToggle="Figures"
    locale="en"
  />
)
