/** NAPAS service codes (ID 38.02). Transfers use QRIBFTTA (account) or QRIBFTTC (card). */
export type VietQrService = "QRIBFTTA" | "QRIBFTTC" | "QRPUSH" | "QRCASH"

/** ID 01: "11" static (reusable), "12" dynamic (one transaction). */
export type VietQrInitiation = "static" | "dynamic"

/** ID 62 sub-fields 01..09. `purpose` (08) is what bank apps pre-fill as the transfer description. */
export type VietQrAdditionalData = {
  billNumber?: string
  mobileNumber?: string
  storeLabel?: string
  loyaltyNumber?: string
  referenceLabel?: string
  customerLabel?: string
  terminalLabel?: string
  purpose?: string
  consumerDataRequest?: string
}

/** ID 64: merchant name/city in another language (the only place EMV allows Unicode). */
export type VietQrLanguageTemplate = {
  language: string
  name: string
  city?: string
}

/** Everything a VietQR payload carries, as builder input and parser output. */
export type VietQrFields = {
  initiation: VietQrInitiation
  bankBin: string
  accountNumber: string
  service: VietQrService
  merchantCategoryCode?: string
  /** Integer VND. Absent means the payer types the amount. */
  amount?: number
  merchantName?: string
  merchantCity?: string
  postalCode?: string
  additionalData?: VietQrAdditionalData
  language?: VietQrLanguageTemplate
}

/** Builder input: `service` defaults to QRIBFTTA, `initiation` to dynamic when there is an amount. */
export type VietQrInput = Omit<VietQrFields, "initiation" | "service"> & {
  initiation?: VietQrInitiation
  service?: VietQrService
}

export type ParsedVietQr = {
  fields: VietQrFields
  /** Upper-case CRC. */
  crc: string
  /** The payload with its CRC normalised to upper case. */
  payload: string
  /** Objects kept but not interpreted (other schemes' templates, RFU IDs), with their path. */
  extra: { path: string; value: string }[]
}
