import { parseVietQrPayload } from "../parse-payload"
import { renderQrDataUrl, renderQrSvg } from "../qr-image"
import { extractReference, extractReferences, generateReference, isReference } from "../reference"
import { buildVietQrPayload } from "../build-payload"

describe("order references", () => {
  it("generates short unique OCOP references that fit 62.08", () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const ref = generateReference()
      expect(ref).toMatch(/^OCOP[A-HJ-NP-Z2-9]{8}$/)
      expect(isReference(ref)).toBe(true)
      seen.add(ref)
    }
    expect(seen.size).toBe(2000)
  })

  it("extracts references case-insensitively from bank text", () => {
    expect(extractReference("IBFT OCOP7K3M9QXD")).toBe("OCOP7K3M9QXD")
    expect(extractReference("MBVCB.123.ocop7k3m9qxd.CT tu 012")).toBe("OCOP7K3M9QXD")
    expect(extractReference("no code here")).toBeNull()
    expect(extractReference("OCOPAAAAAAAA OCOPBBBBBBBB")).toBeNull()
    expect(extractReferences("OCOPAAAAAAAA ocopaaaaaaaa OCOPBBBBBBBB")).toEqual(["OCOPAAAAAAAA", "OCOPBBBBBBBB"])
  })
})

describe("QR images", () => {
  const payload = buildVietQrPayload({
    bankBin: "970436",
    accountNumber: "0011001932418",
    amount: 1234567,
    additionalData: { purpose: "OCOP7K3M9QXD" },
  })

  it("renders the exact payload as SVG and as a PNG data URL", async () => {
    expect(parseVietQrPayload(payload).fields.amount).toBe(1234567)
    const svg = await renderQrSvg(payload)
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg).toContain("<path")
    expect(await renderQrSvg(payload + "X")).not.toBe(svg)
    const dataUrl = await renderQrDataUrl(payload)
    expect(dataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/)
  })
})
