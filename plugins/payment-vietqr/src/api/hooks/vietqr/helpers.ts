import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  BankNotification,
  matchNotification,
  notificationReferences,
} from "../../../providers/vietqr/lib"
import { vietQrState } from "../../../providers/vietqr/session-data"
import { VietQrReviewReason } from "../../../providers/vietqr/types"
import {
  confirmVietQrPaymentWorkflow,
  findVietQrSessionByReference,
  flagVietQrPaymentWorkflow,
  VietQrSession,
  withVietQrLock,
} from "../../../workflows/payments"

export type NotificationOutcome = {
  status: "confirmed" | "needs_review" | "duplicate" | "ignored"
  reason?: string
  reference?: string
  payment_session_id?: string
  order_id?: string | null
}

async function orderIdFor(container: MedusaContainer, paymentCollectionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: paymentCollectionId },
  })
  return (data[0]?.order_id as string | undefined) ?? null
}

async function flag(
  container: MedusaContainer,
  session: VietQrSession,
  n: BankNotification,
  reason: VietQrReviewReason
): Promise<NotificationOutcome> {
  await flagVietQrPaymentWorkflow(container).run({
    input: {
      payment_session_id: session.id,
      flag: {
        reason,
        transaction_id: n.transactionId,
        amount: n.amount,
        expected_amount: session.data.amount,
        content: n.content,
        received_at: new Date().toISOString(),
      },
    },
  })
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(
    `VietQR ${session.data.reference}: bank transaction ${n.transactionId} needs review (${reason}, ${n.amount} VND received, ${session.data.amount} expected)`
  )
  return { status: "needs_review", reason, reference: session.data.reference, payment_session_id: session.id }
}

async function handleForReference(
  container: MedusaContainer,
  n: BankNotification,
  reference: string
): Promise<NotificationOutcome> {
  const session = await findVietQrSessionByReference(container, reference)
  if (!session) {
    return { status: "needs_review", reason: "unknown_reference", reference }
  }
  const result = matchNotification(n, {
    reference,
    amount: session.data.amount,
    accountNumber: session.data.account_number,
    processedTransactionIds: session.data.bank_transactions ?? undefined,
  })
  if (result === "duplicate") {
    return { status: "duplicate", reference, payment_session_id: session.id }
  }
  if (result === "wrong_amount" || result === "wrong_account") {
    return flag(container, session, n, result)
  }
  if (result !== "match") {
    return { status: "needs_review", reason: result, reference }
  }
  const state = vietQrState(session.data)
  if (state === "canceled" || session.status === "canceled") {
    return flag(container, session, n, "session_closed")
  }
  if (state !== "awaiting_transfer") {
    return flag(container, session, n, "already_confirmed")
  }
  await confirmVietQrPaymentWorkflow(container).run({
    input: {
      payment_session_id: session.id,
      confirmation: { source: "bank_notification", amount: n.amount, transaction_id: n.transactionId },
    },
  })
  return {
    status: "confirmed",
    reference,
    payment_session_id: session.id,
    order_id: await orderIdFor(container, session.payment_collection_id),
  }
}

/**
 * Decides and applies what a verified bank notification means. Only an
 * exact match confirms (and so captures); anything else is flagged or
 * ignored. Runs under a lock per reference so replays cannot race.
 */
export async function handleBankNotification(
  container: MedusaContainer,
  n: BankNotification
): Promise<NotificationOutcome> {
  if (n.direction !== "in") {
    return { status: "ignored", reason: "not_incoming" }
  }
  const references = notificationReferences(n)
  if (references.length !== 1) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(
      `VietQR: bank transaction ${n.transactionId} (${n.amount} VND, "${n.content}") matches no single order reference`
    )
    return { status: "needs_review", reason: "unknown_reference" }
  }
  return withVietQrLock(container, references[0], () =>
    handleForReference(container, n, references[0])
  )
}
