import { VietQrError } from "./errors"

export type TlvObject = { id: string; value: string }

/** Length of a value as EMV counts it: characters (code points), not bytes. */
export function tlvLength(value: string): number {
  return Array.from(value).length
}

/** One data object: 2-digit ID, 2-digit length, value (never empty). */
export function encodeTlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) {
    throw new VietQrError("field_invalid", `TLV id "${id}" must be 2 digits`)
  }
  const length = tlvLength(value)
  if (length < 1 || length > 99) {
    throw new VietQrError(
      "field_invalid",
      `ID ${id}: value length ${length} is outside 1..99`
    )
  }
  return `${id}${String(length).padStart(2, "0")}${value}`
}

/**
 * Strict TLV parse of one level: digit headers, lengths 01..99, no overrun
 * and no trailing characters. `where` names the level in error messages.
 */
export function parseTlv(input: string, where = "root"): TlvObject[] {
  const chars = Array.from(input)
  const objects: TlvObject[] = []
  let i = 0
  while (i < chars.length) {
    if (chars.length - i < 4) {
      throw new VietQrError(
        "tlv_malformed",
        `${where}: trailing ${chars.length - i} character(s) "${chars
          .slice(i)
          .join("")}" after the last object`
      )
    }
    const header = chars.slice(i, i + 4).join("")
    if (!/^\d{4}$/.test(header)) {
      throw new VietQrError(
        "tlv_malformed",
        `${where}: object header "${header}" at position ${i} is not 4 digits`
      )
    }
    const id = header.slice(0, 2)
    const length = Number(header.slice(2))
    if (length === 0) {
      throw new VietQrError("tlv_malformed", `${where}: ID ${id} has length 00`)
    }
    if (i + 4 + length > chars.length) {
      throw new VietQrError(
        "tlv_malformed",
        `${where}: ID ${id} declares length ${length} but only ${
          chars.length - i - 4
        } character(s) remain`
      )
    }
    objects.push({ id, value: chars.slice(i + 4, i + 4 + length).join("") })
    i += 4 + length
  }
  return objects
}
