import { ADDITIONAL_DATA_IDS, COUNTRY_CODE, VND_NUMERIC_CODE } from "./constants"
import { crc16Hex } from "./crc16"
import { VietQrError, VietQrErrorReason } from "./errors"
import { assertValidFields } from "./fields"
import { parseMerchantAccount } from "./parse-merchant-account"
import { parseTlv, TlvObject } from "./tlv"
import {
  ParsedVietQr,
  VietQrAdditionalData,
  VietQrFields,
  VietQrLanguageTemplate,
} from "./types"

const CRC_TAIL = /6304([0-9A-Fa-f]{4})$/

function fail(reason: VietQrErrorReason, message: string): never {
  throw new VietQrError(reason, message)
}

/**
 * Lenient check: the payload ends in 6304 + 4 hex digits and the CRC over
 * everything up to and including "6304" matches (case-insensitive).
 */
export function hasValidCrc(payload: string): boolean {
  const tail = CRC_TAIL.exec(payload)
  return !!tail && crc16Hex(payload.slice(0, -4)) === tail[1].toUpperCase()
}

function parseAmount(value: string): number {
  if (/^\d+[.,]\d*$/.test(value)) {
    fail("amount_invalid", `54 amount "${value}" has a decimal part; VND has no minor unit`)
  }
  if (!/^[1-9]\d{0,12}$/.test(value)) {
    fail("amount_invalid", `54 amount "${value}" must be a positive integer of at most 13 digits`)
  }
  return Number(value)
}

function parseAdditionalData(value: string, extra: ParsedVietQr["extra"]) {
  const data: VietQrAdditionalData = {}
  const byId = new Map<string, keyof VietQrAdditionalData>(
    Object.entries(ADDITIONAL_DATA_IDS).map(([key, id]) => [id, key as keyof VietQrAdditionalData])
  )
  for (const sub of parseTlv(value, "62")) {
    const key = byId.get(sub.id)
    if (!key) {
      extra.push({ path: `62.${sub.id}`, value: sub.value })
    } else if (data[key] !== undefined) {
      fail("tlv_malformed", `62: sub-ID ${sub.id} appears twice`)
    } else {
      data[key] = sub.value
    }
  }
  return data
}

function parseLanguage(value: string): VietQrLanguageTemplate {
  const subs = new Map(parseTlv(value, "64").map((o) => [o.id, o.value]))
  const language = subs.get("00")
  const name = subs.get("01")
  if (!language || !name) {
    fail("field_invalid", "64: language (00) and name (01) are mandatory")
  }
  const city = subs.get("02")
  return city === undefined ? { language, name } : { language, name, city }
}

function checkFrame(objects: TlvObject[]) {
  if (objects[0]?.id !== "00") {
    fail("payload_format_invalid", "ID 00 (payload format indicator) must come first")
  }
  if (objects[0].value !== "01") {
    fail("payload_format_invalid", `ID 00 payload format indicator is "${objects[0].value}", must be "01"`)
  }
  if (objects[objects.length - 1].id !== "63") {
    fail("tlv_malformed", "ID 63 (CRC) must be the last object")
  }
  const seen = new Set<string>()
  for (const { id } of objects) {
    if (seen.has(id)) {
      fail("tlv_malformed", `root ID ${id} appears twice`)
    }
    seen.add(id)
  }
}

function parseRoot(payload: string): TlvObject[] {
  try {
    return parseTlv(payload, "root")
  } catch (e) {
    const nonAscii = /[^\x00-\x7F]/.exec(payload)
    if (nonAscii && e instanceof VietQrError) {
      fail(
        "field_invalid",
        `${e.message}: the payload holds non-ASCII text ("${nonAscii[0]}"); ` +
          "VietQR transfer fields are ASCII and lengths count characters, not bytes"
      )
    }
    throw e
  }
}

/**
 * Strict VietQR parser (vietqr.md §14): CRC first, then strict TLV at every
 * level, then the NAPAS profile (ID 38 with GUID A000000727, VND, VN) and the
 * field constraints. Throws VietQrError with a reason code and a message
 * naming the field.
 */
export function parseVietQrPayload(payload: string): ParsedVietQr {
  if (typeof payload !== "string" || !CRC_TAIL.test(payload)) {
    fail("crc_missing", "payload must end with the CRC object 6304 followed by 4 hex digits")
  }
  const givenCrc = payload.slice(-4).toUpperCase()
  const expectedCrc = crc16Hex(payload.slice(0, -4))
  if (givenCrc !== expectedCrc) {
    fail("crc_mismatch", `CRC mismatch: payload carries ${givenCrc}, computed ${expectedCrc}`)
  }

  const objects = parseRoot(payload)
  checkFrame(objects)
  const root = new Map(objects.map((o) => [o.id, o.value]))
  const extra: ParsedVietQr["extra"] = []

  const initiation = root.get("01")
  if (initiation !== "11" && initiation !== "12") {
    fail("initiation_invalid", `ID 01 point of initiation is "${initiation ?? "missing"}", must be "11" or "12"`)
  }
  const account = parseMerchantAccount(objects)
  if (root.get("53") !== VND_NUMERIC_CODE) {
    fail("currency_invalid", `ID 53 currency is "${root.get("53") ?? "missing"}", must be 704 (VND)`)
  }
  if (root.get("58") !== COUNTRY_CODE) {
    fail("country_invalid", `ID 58 country is "${root.get("58") ?? "missing"}", must be VN`)
  }

  const fields: VietQrFields = {
    initiation: initiation === "11" ? "static" : "dynamic",
    ...account,
  }
  const optional: [string, keyof VietQrFields][] = [
    ["52", "merchantCategoryCode"],
    ["59", "merchantName"],
    ["60", "merchantCity"],
    ["61", "postalCode"],
  ]
  for (const [id, key] of optional) {
    if (root.has(id)) {
      ;(fields as Record<string, unknown>)[key] = root.get(id)
    }
  }
  if (root.has("54")) {
    fields.amount = parseAmount(root.get("54")!)
  }
  if (root.has("62")) {
    fields.additionalData = parseAdditionalData(root.get("62")!, extra)
  }
  if (root.has("64")) {
    fields.language = parseLanguage(root.get("64")!)
  }
  const known = new Set(["00", "01", "38", "52", "53", "54", "58", "59", "60", "61", "62", "63", "64"])
  for (const { id, value } of objects) {
    if (!known.has(id)) {
      extra.push({ path: id, value })
    }
  }
  assertValidFields(fields)

  return { fields, crc: expectedCrc, payload: payload.slice(0, -4) + expectedCrc, extra }
}

export type VietQrValidation =
  | { ok: true; value: ParsedVietQr }
  | { ok: false; reason: VietQrErrorReason; message: string }

/** parseVietQrPayload without throwing. */
export function validateVietQrPayload(payload: string): VietQrValidation {
  try {
    return { ok: true, value: parseVietQrPayload(payload) }
  } catch (e) {
    if (e instanceof VietQrError) {
      return { ok: false, reason: e.reason, message: e.message }
    }
    throw e
  }
}
