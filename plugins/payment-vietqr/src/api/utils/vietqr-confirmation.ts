import type { MedusaContainer } from "@medusajs/framework/types"
import { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isReference } from "../../providers/vietqr/lib"
import { vietQrState } from "../../providers/vietqr/session-data"
import type { VietQrConfirmationSource } from "../../providers/vietqr/types"
import {
  confirmVietQrPaymentWorkflow,
  findVietQrSessionByReference,
  withVietQrLock,
} from "../../workflows/payments"
import { retrieveVietQrSession } from "../../workflows/payments/steps/update-vietqr-session"

type VietQrSession = Awaited<ReturnType<typeof retrieveVietQrSession>>

/** The VietQR session named by `id`: a payment session id or the OCOP reference. */
export async function resolveVietQrSession(container: MedusaContainer, id: string): Promise<VietQrSession> {
  if (isReference(id.toUpperCase())) {
    const session = await findVietQrSessionByReference(container, id.toUpperCase())
    if (!session) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No VietQR payment with reference ${id}`)
    }
    return session as VietQrSession
  }
  const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  return retrieveVietQrSession(paymentModule, id)
}

/** Product ids of the cart (and so the order) that the payment collection pays for. */
export async function paidProductIds(container: MedusaContainer, paymentCollectionId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: paymentCollectionId },
  })
  const cartIds = links.map((l: any) => l.cart_id as string)
  if (!cartIds.length) {
    return []
  }
  const { data: carts } = await query.graph({ entity: "cart", fields: ["items.product_id"], filters: { id: cartIds } })
  return [...new Set(carts.flatMap((c: any) => (c.items ?? []).map((i: any) => i.product_id as string)))]
}

/** The e-mail of the cart (and so the order) that the payment collection pays for. */
export async function paidCartEmail(container: MedusaContainer, paymentCollectionId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: paymentCollectionId },
  })
  if (!links.length) {
    return null
  }
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["email"], filters: { id: links[0].cart_id } })
  return (cart as any)?.email ?? null
}

export type StaffConfirmation = {
  source: Extract<VietQrConfirmationSource, "admin" | "producer">
  actorId?: string
  transactionId?: string
  note?: string
}

/**
 * Confirms the exact session amount (places or pays the order, captures once)
 * and answers the route's body: `{ payment_session, order_id }`.
 */
export async function confirmVietQrByStaff(container: MedusaContainer, session: VietQrSession, c: StaffConfirmation) {
  if (vietQrState(session.data) === "canceled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `VietQR payment ${session.data.reference} was canceled`)
  }
  await withVietQrLock(container, session.data.reference, () =>
    confirmVietQrPaymentWorkflow(container).run({
      input: {
        payment_session_id: session.id,
        confirmation: {
          source: c.source,
          amount: session.data.amount,
          actor_id: c.actorId,
          transaction_id: c.transactionId,
          note: c.note,
        },
      },
    })
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [updated] } = await query.graph({
    entity: "payment_session",
    fields: ["id", "status", "amount", "data", "payment.id", "payment.captured_at"],
    filters: { id: session.id },
  })
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  return {
    payment_session: {
      id: updated.id,
      status: updated.status,
      amount: updated.amount,
      reference: session.data.reference,
      confirmed_at: (updated.data as Record<string, unknown>)?.confirmed_at ?? null,
      payment: updated.payment ?? null,
    },
    order_id: (links[0]?.order_id as string | undefined) ?? null,
  }
}
