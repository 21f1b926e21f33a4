export type VietQrProviderOptions = {
  /** 6-digit bank BIN of the receiving bank, e.g. "970436" (Vietcombank). */
  bankBin: string
  /** Receiving account number (1-19 characters). */
  accountNumber: string
  /** Account holder, upper-case ASCII, shown next to the QR (cosmetic). */
  accountName?: string
  /** HMAC secret of the bank-notification webhook (POST /hooks/vietqr). */
  webhookSecret?: string
  /**
   * Who holds the receiving account and so sees its statement: "platform"
   * (the default: the store collects and pays sellers out) or a seller's
   * actor id when this provider instance pays into that seller's own
   * account. Only the holder may confirm a transfer by hand.
   */
  accountOwner?: string
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
  /** the receiving account's holder (provider option `accountOwner`), written by the server */
  account_owner?: string
  amount: number
  currency_code: "vnd"
  confirmed_at?: string | null
  confirmation?: VietQrConfirmation | null
  /** Bank transaction ids already seen for this reference (replay protection). */
  bank_transactions?: string[] | null
  review?: VietQrReviewFlag[] | null
  needs_review?: boolean | null
  captured_at?: string | null
  canceled_at?: string | null
  refunds?: VietQrRefundRecord[] | null
  refund_note?: string | null
}
