export type VietQrErrorReason =
  | "crc_missing"
  | "crc_mismatch"
  | "tlv_malformed"
  | "payload_format_invalid"
  | "initiation_invalid"
  | "not_vietqr"
  | "merchant_account_invalid"
  | "currency_invalid"
  | "country_invalid"
  | "amount_invalid"
  | "field_invalid"

/**
 * A VietQR payload or field that breaks the NAPAS/EMVCo rules. `reason` is a
 * stable code for callers; `message` says which field and why.
 */
export class VietQrError extends Error {
  readonly reason: VietQrErrorReason

  constructor(reason: VietQrErrorReason, message: string) {
    super(message)
    this.name = "VietQrError"
    this.reason = reason
  }
}
