/**
 * The payments a one-step live order may use: cash on delivery (Medusa's
 * system provider) and a VietQR bank transfer (the `@ocop-live/payment-vietqr`
 * provider, registered with id `vietqr`). Neither is paid when the order is
 * placed: COD is collected on delivery, a transfer is confirmed by the bank's
 * notification, never by the client.
 */
export const LIVE_ORDER_PAYMENT_PROVIDERS = {
  cod: "pp_system_default",
  vietqr: "pp_vietqr_vietqr",
} as const

export type LiveOrderPayment = keyof typeof LIVE_ORDER_PAYMENT_PROVIDERS

/** What a VietQR session tells the buyer to transfer (the QR, the account, the exact amount and reference); none for COD. */
export function paymentInstructionsOf(payment: LiveOrderPayment, data: Record<string, unknown> | null | undefined) {
  if (payment !== "vietqr" || !data) {
    return null
  }
  const pick = ["reference", "amount", "bank_bin", "account_number", "account_name", "payload", "qr_svg"] as const
  return Object.fromEntries(pick.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]))
}
