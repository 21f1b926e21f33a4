import "server-only"
import { producerFetch } from "../producer"

/** One week of a product's series (GET /producer/demand/dashboard). */
export type DemandPoint = {
  week: string
  realized: number
  demand: number | null
  supply: number | null
  available: number | null
  status: "shortage" | "surplus" | "balanced" | string | null
  magnitude: number
}

export type DemandDashboard = {
  current_week: string
  weeks: string[]
  supply_demand: { product_id: string; title: string; handle: string | null; points: DemandPoint[] }[]
  signals: { week: string; kind: string; events: number; units: number; value: number }[]
  suggestions: {
    id: string
    kind: string
    week: string
    product_id: string
    title: string
    location_key: string | null
    quantity: number
    value_at_stake: number
    message: string
    message_vi: string
  }[]
}

export type PreOrderBookLine = {
  product_id: string
  title: string
  expected_week: string
  orders: number
  reserved: number
  harvest_ready: number
  fulfilled: number
  cancelled: number
  deposits: number
}

export type PreOrder = {
  id: string
  product_id: string
  quantity: number
  expected_week: string
  status: string
  payment_mode: string
  deposit_amount: number
  created_at: string
  product?: { title: string; handle: string } | null
  order?: { display_id: number } | null
}

/** The producer's own demand, supply, pre-orders and suggestions (its Bearer token). */
export async function producerDemand() {
  const [dashboard, { book }, preOrders] = await Promise.all([
    producerFetch<DemandDashboard>("/producer/demand/dashboard", { query: { weeks: 8, ahead: 3 } }),
    producerFetch<{ book: PreOrderBookLine[] }>("/producer/demand/pre-order-book"),
    producerFetch<{ pre_orders: PreOrder[]; count: number }>("/producer/demand/pre-orders", { query: { limit: 10, offset: 0 } }),
  ])
  return { dashboard, book, preOrders }
}
