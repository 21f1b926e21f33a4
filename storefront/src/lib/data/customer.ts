import "server-only"
import { getToken } from "../cookies"
import { isStatus, storeGet } from "../medusa"

export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null }

export type OrderSummary = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status?: string
  fulfillment_status?: string
  total: number
  items?: { id: string; title: string; product_title?: string | null; quantity: number }[]
}

/** The signed-in customer, or null (no cookie, or an expired token). */
export async function currentCustomer(): Promise<Customer | null> {
  const token = await getToken()
  if (!token) return null
  try {
    const { customer } = await storeGet<{ customer: Customer }>("/store/customers/me", undefined, token)
    return customer
  } catch (e) {
    if (isStatus(e, 401, 403, 404)) return null
    throw e
  }
}

export async function customerOrders(): Promise<OrderSummary[]> {
  const token = await getToken()
  if (!token) return []
  const { orders } = await storeGet<{ orders: OrderSummary[] }>(
    "/store/orders",
    { fields: "id,display_id,created_at,status,payment_status,fulfillment_status,total,*items", order: "-created_at", limit: 50 },
    token
  )
  return orders
}
