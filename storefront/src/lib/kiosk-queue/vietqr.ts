import { offlineTransfer } from "@ocop-live/payment-vietqr/payload"
import { orderTotal, type QueuedLine, type QueuedTransfer } from "./logic"

/** The kiosk's cached VietQR receiving account (GET /store/kiosk/payee, kept with the page). */
export type CachedPayee = { bank_bin: string; account_number: string; account_name: string | null }

/**
 * The VietQR transfer of an order taken offline: the exact total of its
 * lines, the reference derived from its idempotency key (the backend derives
 * the same one and refuses any other) and the payload to show as a QR. The
 * payload rules are the VietQR plugin's own (@ocop-live/payment-vietqr/payload).
 */
export function kioskTransfer(payee: CachedPayee, lines: QueuedLine[], key: string): QueuedTransfer {
  const amount = orderTotal(lines)
  const { reference, payload } = offlineTransfer({ bankBin: payee.bank_bin, accountNumber: payee.account_number }, amount, key)
  return { reference, payload, amount }
}
