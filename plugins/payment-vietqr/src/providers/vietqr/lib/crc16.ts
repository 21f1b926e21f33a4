/**
 * CRC-16/CCITT-FALSE (width 16, poly 0x1021, init 0xFFFF, no reflection,
 * xorout 0). This is the CRC EMVCo and NAPAS use for ID 63.
 */
export function crc16Ccitt(input: string | Uint8Array): number {
  // TextEncoder (not Buffer): the payload rules also run in the kiosk's browser
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input
  let crc = 0xffff
  for (const byte of bytes) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc
}

/** The CRC as the 4 upper-case hex digits a payload carries. */
export function crc16Hex(input: string | Uint8Array): string {
  return crc16Ccitt(input).toString(16).toUpperCase().padStart(4, "0")
}

/**
 * The CRC of a payload body: everything before the CRC value, which must end
 * with the CRC object's own header "6304".
 */
export function payloadCrc(bodyEndingIn6304: string): string {
  if (!bodyEndingIn6304.endsWith("6304")) {
    throw new Error("The CRC input must end with the CRC header 6304")
  }
  return crc16Hex(bodyEndingIn6304)
}
