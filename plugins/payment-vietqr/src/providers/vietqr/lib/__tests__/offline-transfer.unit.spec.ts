import { VALID_VECTORS } from "../__fixtures__/vietqr-vectors"
import { buildVietQrPayload, offlineTransfer, referenceFromKey } from "../browser"
import { parseVietQrPayload } from "../parse-payload"
import { extractReference, fnv1a64, isReference } from "../reference-code"

/** The vietqr.md §11 receiving account (Vietcombank). */
const PAYEE = { bankBin: "970436", accountNumber: "0011001932418" }

describe("the browser entry (@ocop-live/payment-vietqr/payload)", () => {
  it.each(VALID_VECTORS.map((v) => [v.name, v]))("%s: builds the verified vector exactly", (_, v) => {
    expect(buildVietQrPayload(v.fields)).toBe(v.payload)
  })

  it("loads and builds with no Node built-ins (no crypto, no Buffer)", () => {
    const saved = globalThis.Buffer
    jest.isolateModules(() => {
      jest.doMock("crypto", () => {
        throw new Error("crypto is not available in the browser")
      })
      ;(globalThis as any).Buffer = undefined
      try {
        const entry = require("../browser") as typeof import("../browser")
        expect(entry.offlineTransfer(PAYEE, 65000, "kiosk-0123456789abcdef").payload).toMatch(/6304[0-9A-F]{4}$/)
        expect(entry.buildVietQrPayload(VALID_VECTORS[0].fields)).toBe(VALID_VECTORS[0].payload)
      } finally {
        globalThis.Buffer = saved
        jest.dontMock("crypto")
      }
    })
  })
})

describe("references derived from an idempotency key", () => {
  it("hashes with FNV-1a 64 (published check values)", () => {
    expect(fnv1a64("").toString(16)).toBe("cbf29ce484222325")
    expect(fnv1a64("a").toString(16)).toBe("af63dc4c8601ec8c")
    expect(fnv1a64("foobar").toString(16)).toBe("85944171f73967e8")
  })

  it("is a stable OCOP reference: same key, same reference; other keys, other references", () => {
    const key = "kiosk-6f1c2a7e-3b4d-4e8f-9a01-23456789abcd"
    expect(referenceFromKey(key)).toBe(referenceFromKey(key))
    expect(referenceFromKey(key)).toBe("OCOPJRGBMTJC") // recomputed independently (Python) from the same definition
    const seen = new Set<string>()
    for (let i = 0; i < 5000; i++) {
      const ref = referenceFromKey(`kiosk-${i.toString(16).padStart(16, "0")}`)
      expect(ref).toMatch(/^OCOP[A-HJ-NP-Z2-9]{8}$/)
      expect(isReference(ref)).toBe(true)
      seen.add(ref)
    }
    expect(seen.size).toBe(5000)
    expect(referenceFromKey(key + "x")).not.toBe(referenceFromKey(key))
  })

  it("refuses an empty key", () => {
    expect(() => referenceFromKey("")).toThrow(/non-empty/)
  })
})

describe("offlineTransfer", () => {
  const key = "kiosk-6f1c2a7e-3b4d-4e8f-9a01-23456789abcd"

  it("is OWN-2's layout with the derived reference in 62.08 and the exact amount", () => {
    const { reference, payload } = offlineTransfer(PAYEE, 65000, key)
    expect(reference).toBe(referenceFromKey(key))
    const own2 = VALID_VECTORS.find((v) => v.name.startsWith("OWN-2"))!
    expect(payload).toBe(buildVietQrPayload({ ...own2.fields, additionalData: { purpose: reference } }))
    // OWN-2 up to 62, then the 12-character reference, then its own CRC
    expect(payload.startsWith(own2.payload.slice(0, own2.payload.indexOf("6215")))).toBe(true)
    expect(payload).toContain(`62160812${reference}6304`)
    expect(parseVietQrPayload(payload).fields).toStrictEqual({
      initiation: "dynamic",
      bankBin: "970436",
      accountNumber: "0011001932418",
      service: "QRIBFTTA",
      amount: 65000,
      additionalData: { purpose: reference },
    })
    // what the bank notification carries back finds it
    expect(extractReference(`MBVCB.1042.${reference.toLowerCase()}.CT tu 0912345678`)).toBe(reference)
  })

  it("refuses what a transfer cannot carry (no rounding, no truncation)", () => {
    expect(() => offlineTransfer(PAYEE, 650.5, key)).toThrow(/amount/)
    expect(() => offlineTransfer(PAYEE, 0, key)).toThrow(/amount/)
    expect(() => offlineTransfer({ ...PAYEE, bankBin: "97043" }, 65000, key)).toThrow(/BIN/)
  })
})
