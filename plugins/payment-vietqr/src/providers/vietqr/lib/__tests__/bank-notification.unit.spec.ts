import {
  BankNotificationError,
  matchNotification,
  parseBankNotification,
  signBankNotification,
  verifyBankSignature,
} from "../bank-notification"

const SECRET = "whsec_vietqr_test"
const REFERENCE = "OCOP7K3M9QXD"

function sepay(overrides: Record<string, unknown> = {}) {
  return {
    id: 92704,
    gateway: "Vietcombank",
    transactionDate: "2024-07-25 14:02:37",
    accountNumber: "0011001932418",
    code: null,
    content: `MBVCB.3278907687.${REFERENCE}.CT tu 0123456789 NGUYEN VAN A`,
    transferType: "in",
    transferAmount: 1234567,
    accumulated: 19077000,
    subAccount: null,
    referenceCode: "MBVCB.3278907687",
    description: "",
    ...overrides,
  }
}

const expected = { reference: REFERENCE, amount: 1234567, accountNumber: "0011001932418" }

describe("verifyBankSignature (HMAC-SHA256 over the raw body)", () => {
  const raw = JSON.stringify(sepay())
  const T = "1721890957"
  const at = { timestamp: T, nowSec: Number(T) }

  it("accepts a good signature, with or without the sha256= prefix", () => {
    const signature = signBankNotification(raw, SECRET, T)
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(verifyBankSignature({ rawBody: raw, signature, secret: SECRET, ...at })).toBe(true)
    expect(
      verifyBankSignature({ rawBody: Buffer.from(raw), signature: signature.slice(7).toUpperCase(), secret: SECRET, ...at })
    ).toBe(true)
  })

  it("refuses a bad signature, a tampered body, another secret and missing pieces", () => {
    const signature = signBankNotification(raw, SECRET, T)
    const tampered = raw.replace("1234567", "9234567")
    expect(verifyBankSignature({ rawBody: tampered, signature, secret: SECRET, ...at })).toBe(false)
    expect(verifyBankSignature({ rawBody: raw, signature, secret: "other", ...at })).toBe(false)
    expect(verifyBankSignature({ rawBody: raw, signature: "sha256=" + "0".repeat(64), secret: SECRET, ...at })).toBe(false)
    expect(verifyBankSignature({ rawBody: raw, signature: "sha256=abc", secret: SECRET, ...at })).toBe(false)
    expect(verifyBankSignature({ rawBody: raw, signature: undefined, secret: SECRET, ...at })).toBe(false)
    expect(verifyBankSignature({ rawBody: undefined, signature, secret: SECRET, ...at })).toBe(false)
    expect(verifyBankSignature({ rawBody: raw, signature, secret: "", ...at })).toBe(false)
    // re-serialised JSON is not the raw body
    const reserialised = JSON.stringify(JSON.parse(raw), null, 2)
    expect(verifyBankSignature({ rawBody: reserialised, signature, secret: SECRET, ...at })).toBe(false)
  })

  it("signs '<timestamp>.<body>', requires the timestamp and refuses stale or moved ones", () => {
    const signature = signBankNotification(raw, SECRET, T)
    const ok = { rawBody: raw, signature, secret: SECRET, timestamp: T }
    expect(verifyBankSignature({ ...ok, nowSec: Number(T) + 60 })).toBe(true)
    expect(verifyBankSignature({ ...ok, nowSec: Number(T) + 301 })).toBe(false)
    expect(verifyBankSignature({ ...ok, nowSec: Number(T) - 301 })).toBe(false)
    expect(verifyBankSignature({ ...ok, timestamp: "1721890958", nowSec: Number(T) })).toBe(false)
    expect(verifyBankSignature({ ...ok, timestamp: "17218909.5", nowSec: Number(T) })).toBe(false)
    // the same body signed without a timestamp (the old form) is refused
    expect(verifyBankSignature({ rawBody: raw, signature, secret: SECRET, nowSec: Number(T) })).toBe(false)
  })
})

describe("parseBankNotification", () => {
  it("reads a SePay body", () => {
    expect(parseBankNotification(sepay())).toEqual({
      transactionId: "92704",
      amount: 1234567,
      direction: "in",
      content: `MBVCB.3278907687.${REFERENCE}.CT tu 0123456789 NGUYEN VAN A`,
      accountNumber: "0011001932418",
      transactionTime: "2024-07-25 14:02:37",
      bankReference: "MBVCB.3278907687",
      code: null,
    })
  })

  it("reads a Casso v2 body (negative amount = money out)", () => {
    const casso = {
      error: 0,
      data: {
        id: 0,
        reference: "MA_GIAO_DICH_THU_NGHIEM",
        description: "giao dich thu nghiem",
        amount: 599000,
        accountNumber: "88888888",
        transactionDateTime: "2024-10-03 15:06:37",
      },
    }
    expect(parseBankNotification(casso)).toMatchObject({
      transactionId: "0",
      amount: 599000,
      direction: "in",
      content: "giao dich thu nghiem",
      bankReference: "MA_GIAO_DICH_THU_NGHIEM",
    })
    expect(parseBankNotification({ ...casso, data: { ...casso.data, amount: -599000 } })).toMatchObject({
      amount: 599000,
      direction: "out",
    })
  })

  it("refuses bodies that are not notifications or carry non-integer amounts", () => {
    for (const body of [null, "x", {}, { data: [] }, sepay({ transferAmount: 1234567.5 }), sepay({ transferAmount: "12a" }), sepay({ transferType: "sideways" }), sepay({ id: undefined })]) {
      expect(() => parseBankNotification(body)).toThrow(BankNotificationError)
    }
    expect(parseBankNotification(sepay({ transferAmount: "1234567" })).amount).toBe(1234567)
  })
})

describe("matchNotification", () => {
  it("matches the exact reference and the exact amount, whatever the case and surrounding text", () => {
    expect(matchNotification(parseBankNotification(sepay()), expected)).toBe("match")
    const lower = parseBankNotification(sepay({ content: `ck ${REFERENCE.toLowerCase()} thanh toan` }))
    expect(matchNotification(lower, expected)).toBe("match")
    const byCode = parseBankNotification(sepay({ content: "chuyen tien", code: REFERENCE }))
    expect(matchNotification(byCode, expected)).toBe("match")
  })

  it("never matches a wrong amount, under or over", () => {
    for (const amount of [1234566, 1234568, 123456, 12345670, 0]) {
      const n = parseBankNotification(sepay({ transferAmount: amount }))
      expect(matchNotification(n, expected)).toBe("wrong_amount")
    }
  })

  it("reports an unknown reference when the content carries no, another or two references", () => {
    for (const content of ["chuyen tien mua mat ong", "OCOPAAAAAAAA", `${REFERENCE} OCOPBBBBBBBB`, "OCOP7K3M9QX"]) {
      const n = parseBankNotification(sepay({ content }))
      expect(matchNotification(n, expected)).toBe("unknown_reference")
    }
  })

  it("reports a replayed transaction id as a duplicate before anything else", () => {
    const n = parseBankNotification(sepay())
    expect(matchNotification(n, { ...expected, processedTransactionIds: ["92704"] })).toBe("duplicate")
    expect(matchNotification(n, { ...expected, processedTransactionIds: new Set(["1", "92704"]) })).toBe("duplicate")
    expect(matchNotification(n, { ...expected, processedTransactionIds: ["92705"] })).toBe("match")
  })

  it("ignores outgoing transfers and transfers to another account", () => {
    expect(matchNotification(parseBankNotification(sepay({ transferType: "out" })), expected)).toBe("not_incoming")
    expect(matchNotification(parseBankNotification(sepay({ accountNumber: "999" })), expected)).toBe("wrong_account")
    expect(matchNotification(parseBankNotification(sepay({ accountNumber: "" })), expected)).toBe("wrong_account")
  })
})
