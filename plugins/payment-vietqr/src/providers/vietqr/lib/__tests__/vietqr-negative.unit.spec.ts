import { buildVietQrPayload } from "../build-payload"
import { crc16Hex } from "../crc16"
import { VietQrError } from "../errors"
import { hasValidCrc, parseVietQrPayload, validateVietQrPayload } from "../parse-payload"
import { VietQrInput } from "../types"

const OWN2_BODY =
  "00020101021238570010A00000072701270006970436011300110019324180208QRIBFTTA53037045405650005802VN62150811DH ORDER123"

/** vietqr.md §10.1 S-1, §10.3 N-1..N-7 and §11 X-1..X-6, with the reason each must be refused for. */
const REFUSED: [string, string, string, RegExp][] = [
  [
    "S-1 / X-6 NAPAS 6.1.1 as printed (38.01.01 length erratum)",
    "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304F4E5",
    "tlv_malformed",
    /38\.01: trailing 1 character/,
  ],
  [
    "N-1 payload format indicator 00",
    "00020001021238570010A00000072701270006970436011308810004580860208QRIBFTTA53037045802VN6304CD60",
    "payload_format_invalid",
    /payload format indicator is "00", must be "01"/,
  ],
  [
    "N-2 payload format indicator 00 and currency 702",
    "00020001021138570010A00000072701270006970436011308810004580860208QRIBFTTA520454115303702540569000550202560410005802VN5921Cua hang sua Vinamilk6011Ho Chi Minh61057000062220818Thanh toan mua sua63043611",
    "payload_format_invalid",
    /must be "01"/,
  ],
  [
    "N-3 service code nested inside 38.01",
    "00020101021138570010A00000072701390006970422011301234567890200208QRIBFTTA53037045802VN6304A3CF",
    "merchant_account_invalid",
    /38\.01 contains unexpected sub-ID 02.*belongs in 38\.02/,
  ],
  [
    "N-4 UTF-8 purpose with byte-counted length",
    "00020101021238570010A00000072701390006970422011301234567890200208QRIBFTTA53037045405100005802VN62260822Thanh toán hóa đơn630432F8",
    "field_invalid",
    /non-ASCII/,
  ],
  [
    "N-5 hand-written, wrong CRC",
    "0002010102113838000697042201120023457923440208QRIBFTTA530370454061800005802VN62160814ung ho bao lut6304E69F",
    "crc_mismatch",
    /carries E69F, computed 13BC/,
  ],
  [
    "N-7 VNPAY-QR (ID 26, GUID A000000775)",
    "00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685",
    "not_vietqr",
    /ID 26 carries GUID A000000775 \(VNPAY-QR\)/,
  ],
  [
    "X-1 purpose changed, CRC kept",
    OWN2_BODY.replace("ORDER123", "ORDER124") + "63041520",
    "crc_mismatch",
    /computed 72F4/,
  ],
  ["X-2 CRC without 6304", OWN2_BODY + "6304701B", "crc_mismatch", /carries 701B/],
  ["X-3 CRC with init 0x0000", OWN2_BODY + "63048FD0", "crc_mismatch", /carries 8FD0/],
  ["X-3 CRC with init 0x1D0F", OWN2_BODY + "630497EF", "crc_mismatch", /carries 97EF/],
  [
    "X-5 decimal VND amount",
    "00020101021238570010A00000072701270006970436011300110019324180208QRIBFTTA5303704540865000.005802VN6304A75C",
    "amount_invalid",
    /decimal part; VND has no minor unit/,
  ],
  ["no CRC object", OWN2_BODY, "crc_missing", /6304/],
]

function withCrc(body: string) {
  return body + "6304" + crc16Hex(body + "6304")
}

describe("VietQR parser refuses non-conformant payloads with a clear reason", () => {
  it.each(REFUSED)("%s", (_, payload, reason, message) => {
    const result = validateVietQrPayload(payload)
    expect(result).toMatchObject({ ok: false, reason })
    expect(!result.ok && result.message).toMatch(message)
    expect(() => parseVietQrPayload(payload)).toThrow(VietQrError)
  })

  it("S-1 passes a lenient CRC check but not the strict parse", () => {
    const s1 =
      "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304F4E5"
    expect(hasValidCrc(s1)).toBe(true)
    expect(validateVietQrPayload(s1).ok).toBe(false)
  })

  it("X-4 accepts a lower-case CRC and normalises it", () => {
    const x4 =
      "00020101021138570010A00000072701270006970436011300110019324180208QRIBFTTA53037045802VN6304e0bb"
    const parsed = parseVietQrPayload(x4)
    expect(parsed.crc).toBe("E0BB")
    expect(parsed.payload).toBe(x4.slice(0, -4) + "E0BB")
  })

  it("refuses wrong point of initiation (N-6's '22'), currency, country, GUID and missing service", () => {
    const cases: [string, string, RegExp][] = [
      [withCrc(OWN2_BODY.replace("010212", "010222")), "initiation_invalid", /ID 01 .*"22"/],
      [withCrc(OWN2_BODY.replace("5303704", "5303702")), "currency_invalid", /"702", must be 704/],
      [withCrc(OWN2_BODY.replace("5802VN", "5802TH")), "country_invalid", /"TH", must be VN/],
      [withCrc(OWN2_BODY.replace("A000000727", "A000000775")), "not_vietqr", /38\.00 GUID is "A000000775"/],
      // 38 without its 02 service code (length 57 → 45)
      [withCrc(OWN2_BODY.replace("0208QRIBFTTA", "").replace("3857", "3845")), "merchant_account_invalid", /38\.02 service code is missing/],
      [withCrc(OWN2_BODY + "5802VN"), "tlv_malformed", /root ID 58 appears twice/],
      [withCrc("000201010212"), "not_vietqr", /no NAPAS template/],
    ]
    for (const [payload, reason, message] of cases) {
      expect(validateVietQrPayload(payload)).toMatchObject({
        ok: false,
        reason,
        message: expect.stringMatching(message),
      })
    }
  })

  it("refuses a zero amount, a leading zero and an amount over 13 digits", () => {
    for (const amount of ["0", "065000", "12345678901234"]) {
      const body = OWN2_BODY.replace("540565000", `54${String(amount.length).padStart(2, "0")}${amount}`)
      expect(validateVietQrPayload(withCrc(body))).toMatchObject({ ok: false, reason: "amount_invalid" })
    }
  })
})

describe("VietQR builder refuses fields that break §9", () => {
  const base: VietQrInput = { bankBin: "970436", accountNumber: "0011001932418" }
  const cases: [string, VietQrInput, string, RegExp][] = [
    ["5-digit BIN", { ...base, bankBin: "97043" }, "merchant_account_invalid", /6 digits/],
    ["letters in BIN", { ...base, bankBin: "97O436" }, "merchant_account_invalid", /6 digits/],
    ["20-character account", { ...base, accountNumber: "00234579234420ASDFLJ" }, "merchant_account_invalid", /1\.\.19/],
    ["space in account", { ...base, accountNumber: "0011 001932418" }, "merchant_account_invalid", /without spaces/],
    ["decimal amount", { ...base, amount: 65000.5 }, "amount_invalid", /positive integer/],
    ["zero amount", { ...base, amount: 0 }, "amount_invalid", /positive integer/],
    ["negative amount", { ...base, amount: -1 }, "amount_invalid", /positive integer/],
    ["string amount", { ...base, amount: "65000" as unknown as number }, "amount_invalid", /positive integer/],
    ["14-digit amount", { ...base, amount: 12345678901234 }, "amount_invalid", /more than 13 digits/],
    [
      "26-character purpose",
      { ...base, additionalData: { purpose: "chuyen khoan alsdkf laksjd" } },
      "field_invalid",
      /26 characters; at most 25/,
    ],
    [
      "diacritics in purpose",
      { ...base, additionalData: { purpose: "Thanh toán" } },
      "field_invalid",
      /outside printable ASCII; strip Vietnamese diacritics/,
    ],
    ["unknown service", { ...base, service: "QRXYZ" as never }, "merchant_account_invalid", /service code/],
    ["26-character merchant name", { ...base, merchantName: "A".repeat(26) }, "field_invalid", /59/],
    ["16-character city", { ...base, merchantCity: "B".repeat(16) }, "field_invalid", /60/],
    ["3-digit MCC", { ...base, merchantCategoryCode: "581" }, "field_invalid", /52/],
    ["bad 62.09", { ...base, additionalData: { consumerDataRequest: "AAX" } }, "field_invalid", /62\.09/],
    [
      "62 template over 99 characters",
      {
        ...base,
        additionalData: {
          billNumber: "B".repeat(25),
          storeLabel: "S".repeat(25),
          purpose: "P".repeat(25),
          terminalLabel: "T".repeat(25),
        },
      },
      "field_invalid",
      /ID 62: value length 116/,
    ],
  ]

  it.each(cases)("%s", (_, input, reason, message) => {
    let error: unknown
    try {
      buildVietQrPayload(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(VietQrError)
    expect(error).toMatchObject({ reason })
    expect((error as Error).message).toMatch(message)
  })
})
