export type VietQrProviderOptions = {
  /** 6-digit bank BIN of the receiving bank, e.g. "970436" (Vietcombank). */
  bankBin: string
  /** Receiving account number (1-19 characters). */
  accountNumber: string
  /** Account holder, upper-case ASCII, shown next to the QR (cosmetic). */
  accountName?: string
  /** HMAC secret of the bank-notification webhook (POST /hooks/vietqr). */
  webhookSecret?: string
}

export type VietQrConfirmationSource = "bank_notification" | "admin" | "producer"

export type VietQrConfirmation = {
  source: VietQrConfirmationSource
  amount: number
  transaction_id?: string
  actor_id?: string
  note?: string
}

export type VietQrReviewReason =
  | "wrong_amount"
  | "wrong_account"
  | "already_confirmed"
  | "session_closed"

export type VietQrReviewFlag = {
  reason: VietQrReviewReason
  transaction_id: string
  amount: number
  expected_amount: number
  content: string
  received_at: string
}

export type VietQrRefundRecord = {
  amount: number
  created_at: string
  method: "manual_bank_transfer"
}

/** What a VietQR payment session (and payment) keeps in `data`. */
export type VietQrSessionData = {
  session_id?: string
  reference: string
  payload: string
  qr_svg: string
  bank_bin: string
  account_number: string
  account_name: string | null
  amount: number
  currency_code: "vnd"
  confirmed_at?: string
  confirmation?: VietQrConfirmation
  /** Bank transaction ids already seen for this reference (replay protection). */
  bank_transactions?: string[]
  review?: VietQrReviewFlag[]
  needs_review?: boolean
  captured_at?: string
  canceled_at?: string
  refunds?: VietQrRefundRecord[]
  refund_note?: string
}
