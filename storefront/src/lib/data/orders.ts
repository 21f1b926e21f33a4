import "server-only"
import { isStatus, storeGet } from "../medusa"

export type Order = {
  id: string
  display_id: number
  email: string | null
  created_at: string
  status: string
  total: number
  item_total: number
  shipping_total: number
  metadata: Record<string, unknown> | null
  items: { id: string; title: string; product_title: string | null; product_handle: string | null; variant_title: string | null; quantity: number; total: number }[]
  shipping_methods: { name: string; amount: number; shipping_option_id: string }[]
  shipping_address: Record<string, string | null> | null
  payment_collections: {
    status: string
    payment_sessions: { provider_id: string; status: string; data: Record<string, unknown> }[]
  }[]
}

const FIELDS =
  "id,display_id,email,created_at,status,total,item_total,shipping_total,metadata,*items,+items.total,*shipping_methods,*shipping_address,*payment_collections,*payment_collections.payment_sessions"

export async function getOrder(id: string): Promise<Order | null> {
  try {
    const { order } = await storeGet<{ order: Order }>(`/store/orders/${encodeURIComponent(id)}`, { fields: FIELDS })
    return order
  } catch (e) {
    if (isStatus(e, 404, 400)) return null
    throw e
  }
}

export type VatInvoice = { company_name: string; tax_code: string; address: string; email: string }

/** The VAT e-invoice details given at checkout (Medusa's order route does not return metadata). */
export async function getOrderVatInvoice(id: string): Promise<VatInvoice | null> {
  try {
    const { vat_invoice } = await storeGet<{ vat_invoice: VatInvoice | null }>(`/store/orders/${encodeURIComponent(id)}/vat-invoice`)
    return vat_invoice
  } catch (e) {
    if (isStatus(e, 404)) return null
    throw e
  }
}
