export const NAPAS_GUID = "A000000727"
export const VND_NUMERIC_CODE = "704"
export const COUNTRY_CODE = "VN"
export const VIETQR_SERVICES = ["QRIBFTTA", "QRIBFTTC", "QRPUSH", "QRCASH"]

export const INITIATION_CODES = { static: "11", dynamic: "12" } as const

/** ID 62 sub-IDs by field name. */
export const ADDITIONAL_DATA_IDS = {
  billNumber: "01",
  mobileNumber: "02",
  storeLabel: "03",
  loyaltyNumber: "04",
  referenceLabel: "05",
  customerLabel: "06",
  terminalLabel: "07",
  purpose: "08",
  consumerDataRequest: "09",
} as const

/** Known GUIDs of other Vietnamese QR schemes, to name them in errors. */
export const OTHER_SCHEME_GUIDS: Record<string, string> = {
  A000000775: "VNPAY-QR",
}
