import { buildVietQrPayload } from "./build-payload"
import { referenceFromKey } from "./reference-code"

/** The receiving account a kiosk caches: what a printed VietQR shows anyway. */
export type VietQrPayee = { bankBin: string; accountNumber: string; accountName?: string | null }

/**
 * The transfer of an order queued offline: its reference derived from the
 * order's idempotency key, and the payload for the exact amount with that
 * reference in 62.08. The kiosk (offline) and the backend (when the order
 * arrives) run this same function, so both name the same transfer.
 */
export function offlineTransfer(
  payee: VietQrPayee,
  amount: number,
  idempotencyKey: string
): { reference: string; payload: string } {
  const reference = referenceFromKey(idempotencyKey)
  const payload = buildVietQrPayload({
    bankBin: payee.bankBin,
    accountNumber: payee.accountNumber,
    amount,
    additionalData: { purpose: reference },
  })
  return { reference, payload }
}
