import { buildVietQrPayload } from "../build-payload"
import { crc16Hex } from "../crc16"
import { hasValidCrc, parseVietQrPayload } from "../parse-payload"
import { toTransferText } from "../transfer-text"
import { VALID_VECTORS } from "../__fixtures__/vietqr-vectors"

describe("VietQR verified vectors (vietqr.md §10-§11)", () => {
  it.each(VALID_VECTORS.map((v) => [v.name, v]))(
    "%s: builds exactly, parses back to its fields, CRC checks",
    (_, v) => {
      expect(buildVietQrPayload(v.fields)).toBe(v.payload)

      const parsed = parseVietQrPayload(v.payload)
      expect(parsed.fields).toStrictEqual(v.fields)
      expect(parsed.crc).toBe(v.payload.slice(-4))
      expect(parsed.payload).toBe(v.payload)
      expect(parsed.extra).toEqual([])

      expect(crc16Hex(v.payload.slice(0, -4))).toBe(v.payload.slice(-4))
      expect(hasValidCrc(v.payload)).toBe(true)
      expect(buildVietQrPayload(parsed.fields)).toBe(v.payload)
    }
  )

  it("transliterates Vietnamese purposes like P-3 and P-11", () => {
    expect(toTransferText("ủng hộ lũ lụt")).toBe("ung ho lu lut")
    expect(toTransferText("chuyển khoản")).toBe("chuyen khoan")
    expect(toTransferText("Đặc sản Lạng Sơn  đ")).toBe("Dac san Lang Son d")
    const p3 = VALID_VECTORS.find((v) => v.name.startsWith("P-3"))!
    expect(
      buildVietQrPayload({
        bankBin: "970415",
        accountNumber: "0011001932418",
        amount: 120000,
        additionalData: { purpose: toTransferText("ủng hộ lũ lụt") },
      })
    ).toBe(p3.payload)
  })

  it("defaults to QRIBFTTA, dynamic with an amount and static without", () => {
    const own1 = VALID_VECTORS.find((v) => v.name.startsWith("OWN-1"))!
    const own2 = VALID_VECTORS.find((v) => v.name.startsWith("OWN-2"))!
    const account = { bankBin: "970436", accountNumber: "0011001932418" }
    expect(buildVietQrPayload(account)).toBe(own1.payload)
    expect(
      buildVietQrPayload({ ...account, amount: 65000, additionalData: { purpose: "DH ORDER123" } })
    ).toBe(own2.payload)
  })

  it("keeps amounts exact as integers up to 13 digits", () => {
    for (const amount of [1, 1234567, 499999999, 9999999999999]) {
      const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "0011001932418", amount })
      expect(payload).toContain(`54${String(amount.toString().length).padStart(2, "0")}${amount}`)
      expect(parseVietQrPayload(payload).fields.amount).toBe(amount)
    }
  })

  it("accepts other objects in any order and keeps unknown IDs aside (S-5 + RFU 70)", () => {
    const withRfu =
      "00020101021238580010A00000072701300006970403011621129950446040250206QRPUSH52045812530370454061800005802VN5910PHUONG CAC6005HANOI62110307NPS68697003abc63046D58"
    const parsed = parseVietQrPayload(withRfu)
    expect(parsed.extra).toEqual([{ path: "70", value: "abc" }])
    expect(parsed.fields.amount).toBe(180000)

    const own3 = VALID_VECTORS.find((v) => v.name.startsWith("OWN-3"))!
    // move 58 before 53: still valid once the CRC is recomputed
    const body = own3.payload.slice(0, -4).replace("5303704540712345675802VN", "5802VN530370454071234567")
    const reordered = body + crc16Hex(body)
    expect(parseVietQrPayload(reordered).fields).toStrictEqual(own3.fields)
  })
})
