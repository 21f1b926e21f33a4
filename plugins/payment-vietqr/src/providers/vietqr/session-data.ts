import {
  VietQrConfirmation,
  VietQrRefundRecord,
  VietQrReviewFlag,
  VietQrSessionData,
} from "./types"

export const MANUAL_REFUND_NOTE =
  "VietQR has no refund API: transfer the refunded amount back to the payer's bank account manually, then keep the bank reference."

/** Where a VietQR session stands, from its data alone. */
/**
 * The fields only the server writes (confirmation, capture, cancellation,
 * refunds, review), all unset. Medusa stores a new session's data as the
 * client's `data` overlaid with the provider's, so a new session names each
 * of them explicitly: nothing a client sends can make it paid.
 */
export function serverStateUnset(): Pick<VietQrSessionData, ServerStateField> {
  return Object.fromEntries(SERVER_STATE_FIELDS.map((f) => [f, null])) as Pick<VietQrSessionData, ServerStateField>
}

const SERVER_STATE_FIELDS = [
  "confirmed_at",
  "confirmation",
  "bank_transactions",
  "review",
  "needs_review",
  "captured_at",
  "canceled_at",
  "refunds",
  "refund_note",
] as const
type ServerStateField = (typeof SERVER_STATE_FIELDS)[number]

export function vietQrState(
  data: Partial<VietQrSessionData> | undefined
): "canceled" | "captured" | "confirmed" | "awaiting_transfer" {
  if (data?.canceled_at) {
    return "canceled"
  }
  if (data?.captured_at) {
    return "captured"
  }
  return data?.confirmed_at ? "confirmed" : "awaiting_transfer"
}

export function isProcessedTransaction(
  data: Partial<VietQrSessionData> | undefined,
  transactionId: string
): boolean {
  return (data?.bank_transactions ?? []).includes(transactionId)
}

function withTransaction(
  data: VietQrSessionData,
  transactionId?: string
): string[] {
  const seen = data.bank_transactions ?? []
  return transactionId && !seen.includes(transactionId)
    ? [...seen, transactionId]
    : seen
}

/** Marks the money as received. Idempotent: a confirmed session stays as it was. */
export function confirmSessionData(
  data: VietQrSessionData,
  confirmation: VietQrConfirmation,
  now = new Date()
): VietQrSessionData {
  if (data.confirmed_at) {
    return data
  }
  return {
    ...data,
    confirmed_at: now.toISOString(),
    confirmation,
    bank_transactions: withTransaction(data, confirmation.transaction_id),
  }
}

/** Records a notification that needs a human (wrong amount, ...); never confirms. */
export function flagSessionData(
  data: VietQrSessionData,
  flag: VietQrReviewFlag
): VietQrSessionData {
  return {
    ...data,
    needs_review: true,
    review: [...(data.review ?? []), flag],
    bank_transactions: withTransaction(data, flag.transaction_id),
  }
}

export function refundSessionData(
  data: VietQrSessionData,
  amount: number,
  now = new Date()
): VietQrSessionData {
  const refund: VietQrRefundRecord = {
    amount,
    created_at: now.toISOString(),
    method: "manual_bank_transfer",
  }
  return {
    ...data,
    refunds: [...(data.refunds ?? []), refund],
    refund_note: MANUAL_REFUND_NOTE,
  }
}
