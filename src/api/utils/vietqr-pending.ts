import type { IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { vietQrState } from "@ocop-live/payment-vietqr/lib/vietqr"
import { producerProductIds } from "@ocop-live/ocop/lib/producer-products"
import { PLATFORM_ACCOUNT, VIETQR_PROVIDER_PREFIX } from "@ocop-live/payment-vietqr/lib/vietqr"

/** How many recent VietQR sessions are looked through. */
const RECENT = 500

/**
 * Orders awaiting a VietQR transfer whose every item is one of the
 * producer's products (the payments it may confirm), newest first.
 */
export async function pendingVietQrPaymentsOf(container: MedusaContainer, producerId: string) {
  const payment = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  // VietQR sessions only, in the query: other providers' sessions must not crowd them out of RECENT
  const sessions = (
    await payment.listPaymentSessions({ provider_id: { $like: `${VIETQR_PROVIDER_PREFIX}%` } } as Record<string, unknown>, {
      select: ["id", "provider_id", "amount", "data", "payment_collection_id", "created_at"],
      order: { created_at: "DESC" },
      take: RECENT,
    })
  ).filter((s) => vietQrState(s.data as any) === "awaiting_transfer")
  if (!sessions.length) return []

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id", "payment_collection_id"],
    filters: { payment_collection_id: sessions.map((s) => s.payment_collection_id) },
  })
  if (!links.length) return []
  const { data: orders } = await query.graph({
    entity: "order",
    // the quantity lives on the order item detail: "items.*" maps it, naming it does not
    fields: ["id", "display_id", "created_at", "items.*"],
    filters: { id: links.map((l: any) => l.order_id) },
  })
  const productIds = [...new Set(orders.flatMap((o: any) => (o.items ?? []).map((i: any) => i.product_id as string)))]
  const own = new Set(await producerProductIds(container, producerId, productIds))
  const orderOf = new Map(links.map((l: any) => [l.payment_collection_id, orders.find((o: any) => o.id === l.order_id)]))

  return sessions.flatMap((s) => {
    const order: any = orderOf.get(s.payment_collection_id)
    const items = order?.items ?? []
    if (!items.length || !items.every((i: any) => own.has(i.product_id))) return []
    const data = s.data as Record<string, any>
    return [{
      payment_session_id: s.id,
      reference: data.reference as string,
      amount: Number(s.amount),
      needs_review: Boolean(data.needs_review),
      // the platform's statement is not the producer's to read: only transfers into its own account are its to confirm
      account_owner: (data.account_owner as string | undefined) ?? PLATFORM_ACCOUNT,
      confirmable: data.account_owner === producerId,
      created_at: s.created_at,
      order_id: order.id as string,
      order_display_id: order.display_id as number,
      items: items.map((i: any) => ({ product_id: i.product_id, title: i.product_title ?? i.title, quantity: Number(i.quantity) })),
    }]
  })
}
