import { ADDITIONAL_DATA_IDS, VIETQR_SERVICES } from "./constants"
import { VietQrError, VietQrErrorReason } from "./errors"
import { tlvLength } from "./tlv"
import { VietQrAdditionalData, VietQrFields } from "./types"

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/

function fail(reason: VietQrErrorReason, message: string): never {
  throw new VietQrError(reason, message)
}

/** EMV "ans": printable ASCII, 1..max characters. Vietnamese diacritics are not allowed. */
export function assertAns(name: string, value: string, max: number): void {
  if (typeof value !== "string" || value.length === 0) {
    fail("field_invalid", `${name} must be a non-empty string`)
  }
  if (!PRINTABLE_ASCII.test(value)) {
    fail(
      "field_invalid",
      `${name} "${value}" contains characters outside printable ASCII; strip Vietnamese diacritics first (toTransferText)`
    )
  }
  if (value.length > max) {
    fail("field_invalid", `${name} is ${value.length} characters; at most ${max} allowed`)
  }
}

/** Integer VND: 1..13 digits, positive, exact (no floats, no decimals). */
export function assertAmount(amount: unknown): asserts amount is number {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount <= 0) {
    fail(
      "amount_invalid",
      `amount must be a positive integer number of VND (VND has no minor unit), got ${String(amount)}`
    )
  }
  if (String(amount).length > 13) {
    fail("amount_invalid", `amount ${amount} has more than 13 digits`)
  }
}

function assertAdditionalData(data: VietQrAdditionalData): void {
  for (const [key, id] of Object.entries(ADDITIONAL_DATA_IDS)) {
    const value = data[key as keyof VietQrAdditionalData]
    if (value === undefined) {
      continue
    }
    if (key === "consumerDataRequest") {
      if (!/^(?!.*(.).*\1)[AME]{1,3}$/.test(value)) {
        fail("field_invalid", `62.09 consumer data request "${value}" must combine A, M, E`)
      }
      continue
    }
    assertAns(`62.${id} ${key}`, value, 25)
  }
}

/** Checks every field constraint of vietqr.md §3-§5 and §9. Throws VietQrError. */
export function assertValidFields(fields: VietQrFields): void {
  if (fields.initiation !== "static" && fields.initiation !== "dynamic") {
    fail("initiation_invalid", `initiation must be "static" or "dynamic"`)
  }
  if (!/^\d{6}$/.test(fields.bankBin ?? "")) {
    fail("merchant_account_invalid", `bank BIN "${fields.bankBin}" must be exactly 6 digits`)
  }
  if (!/^[\x21-\x7E]{1,19}$/.test(fields.accountNumber ?? "")) {
    fail(
      "merchant_account_invalid",
      `account number "${fields.accountNumber}" must be 1..19 printable ASCII characters without spaces`
    )
  }
  if (!VIETQR_SERVICES.includes(fields.service)) {
    fail("merchant_account_invalid", `service code "${fields.service}" is not one of ${VIETQR_SERVICES.join(", ")}`)
  }
  if (fields.merchantCategoryCode !== undefined && !/^\d{4}$/.test(fields.merchantCategoryCode)) {
    fail("field_invalid", `52 merchant category code "${fields.merchantCategoryCode}" must be 4 digits`)
  }
  if (fields.amount !== undefined) {
    assertAmount(fields.amount)
  }
  if (fields.merchantName !== undefined) {
    assertAns("59 merchant name", fields.merchantName, 25)
  }
  if (fields.merchantCity !== undefined) {
    assertAns("60 merchant city", fields.merchantCity, 15)
  }
  if (fields.postalCode !== undefined) {
    assertAns("61 postal code", fields.postalCode, 10)
  }
  if (fields.additionalData) {
    assertAdditionalData(fields.additionalData)
  }
  if (fields.language) {
    const { language, name, city } = fields.language
    assertAns("64.00 language", language, 2)
    if (language.length !== 2) {
      fail("field_invalid", `64.00 language "${language}" must be 2 characters`)
    }
    if (!name || tlvLength(name) > 25) {
      fail("field_invalid", `64.01 name must be 1..25 characters`)
    }
    if (city !== undefined && (!city || tlvLength(city) > 15)) {
      fail("field_invalid", `64.02 city must be 1..15 characters`)
    }
  }
}
