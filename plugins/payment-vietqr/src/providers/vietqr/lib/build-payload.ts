import {
  ADDITIONAL_DATA_IDS,
  COUNTRY_CODE,
  INITIATION_CODES,
  NAPAS_GUID,
  VND_NUMERIC_CODE,
} from "./constants"
import { payloadCrc } from "./crc16"
import { assertValidFields } from "./fields"
import { encodeTlv } from "./tlv"
import { VietQrAdditionalData, VietQrFields, VietQrInput } from "./types"

/** Fills the builder defaults: QRIBFTTA, and dynamic when an amount is set. */
export function normalizeInput(input: VietQrInput): VietQrFields {
  return {
    ...input,
    service: input.service ?? "QRIBFTTA",
    initiation:
      input.initiation ?? (input.amount !== undefined ? "dynamic" : "static"),
  }
}

function merchantAccount(fields: VietQrFields): string {
  const beneficiary =
    encodeTlv("00", fields.bankBin) + encodeTlv("01", fields.accountNumber)
  return encodeTlv(
    "38",
    encodeTlv("00", NAPAS_GUID) +
      encodeTlv("01", beneficiary) +
      encodeTlv("02", fields.service)
  )
}

function additionalData(data?: VietQrAdditionalData): string {
  if (!data) {
    return ""
  }
  const value = Object.entries(ADDITIONAL_DATA_IDS)
    .map(([key, id]) => {
      const sub = data[key as keyof VietQrAdditionalData]
      return sub === undefined ? "" : encodeTlv(id, sub)
    })
    .join("")
  return value ? encodeTlv("62", value) : ""
}

function optional(id: string, value?: string): string {
  return value === undefined ? "" : encodeTlv(id, value)
}

/**
 * Builds a NAPAS VietQR payload (EMVCo merchant-presented mode) in ascending
 * ID order and appends the CRC. Throws VietQrError when a field breaks the
 * rules; nothing is truncated or rounded silently.
 */
export function buildVietQrPayload(input: VietQrInput): string {
  const fields = normalizeInput(input)
  assertValidFields(fields)

  const language = fields.language
    ? encodeTlv(
        "64",
        encodeTlv("00", fields.language.language) +
          encodeTlv("01", fields.language.name) +
          optional("02", fields.language.city)
      )
    : ""

  const body =
    encodeTlv("00", "01") +
    encodeTlv("01", INITIATION_CODES[fields.initiation]) +
    merchantAccount(fields) +
    optional("52", fields.merchantCategoryCode) +
    encodeTlv("53", VND_NUMERIC_CODE) +
    optional("54", fields.amount?.toString()) +
    encodeTlv("58", COUNTRY_CODE) +
    optional("59", fields.merchantName) +
    optional("60", fields.merchantCity) +
    optional("61", fields.postalCode) +
    additionalData(fields.additionalData) +
    language +
    "6304"

  return body + payloadCrc(body)
}
