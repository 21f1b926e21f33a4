import { createHash } from "crypto"
import { crc16Ccitt, crc16Hex, payloadCrc } from "../crc16"

const OWN2_BODY =
  "00020101021238570010A00000072701270006970436011300110019324180208QRIBFTTA53037045405650005802VN62150811DH ORDER123"

/** Reference CRC-16 with a configurable init, written independently (table-driven). */
function tableCrc(data: string, init: number): number {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n << 8
    for (let k = 0; k < 8; k++) {
      c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1
    }
    return c & 0xffff
  })
  let crc = init
  for (const b of Buffer.from(data, "utf8")) {
    crc = ((crc << 8) ^ table[((crc >> 8) ^ b) & 0xff]) & 0xffff
  }
  return crc
}

describe("crc16Ccitt (CRC-16/CCITT-FALSE)", () => {
  it("gives the standard check value 29B1 for 123456789", () => {
    expect(crc16Ccitt("123456789")).toBe(0x29b1)
    expect(crc16Hex("123456789")).toBe("29B1")
  })

  it("covers the 6304 header: OWN-2 is 1520, and the known wrong variants differ", () => {
    expect(payloadCrc(OWN2_BODY + "6304")).toBe("1520")
    expect(crc16Hex(OWN2_BODY)).toBe("701B")
    expect(tableCrc(OWN2_BODY + "6304", 0x0000).toString(16).toUpperCase()).toBe("8FD0")
    expect(tableCrc(OWN2_BODY + "6304", 0x1d0f).toString(16).toUpperCase()).toBe("97EF")
  })

  it("agrees with an independent table-driven implementation on many inputs", () => {
    for (let i = 0; i < 200; i++) {
      const input = createHash("sha256").update(String(i)).digest("base64").slice(0, i % 40)
      expect(crc16Ccitt(input)).toBe(tableCrc(input, 0xffff))
    }
  })

  it("zero-pads to 4 upper-case hex digits", () => {
    // "ad" has CRC 0x0936 (checked with Python binascii.crc_hqx(b"ad", 0xFFFF))
    expect(crc16Ccitt("ad")).toBe(0x0936)
    expect(crc16Hex("ad")).toBe("0936")
  })

  it("refuses a CRC input that does not end with 6304", () => {
    expect(() => payloadCrc(OWN2_BODY)).toThrow(/6304/)
  })
})
