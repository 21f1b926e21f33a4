import { goLiveRefusal, minimiseIdNumber, normalizeIdNumber } from "../seller-verification"
import { sellerDirectory } from "../seller-directory"

const now = new Date("2026-07-01T03:00:00Z")
const verified = { method: "vneid_level_2", verified_at: "2026-06-30T02:00:00Z", revoked_at: null }

describe("goLiveRefusal: a seller goes live only with a verified identity", () => {
  it("lets a seller with an active level-2 e-ID or in-person check go live", () => {
    expect(goLiveRefusal("sel_1", verified, now)).toBeNull()
    expect(goLiveRefusal("sel_1", { ...verified, method: "in_person" }, now)).toBeNull()
  })

  it.each([
    ["no verification", null, /seller sel_1 has no verified identity/],
    ["a revoked one", { ...verified, revoked_at: "2026-06-30T05:00:00Z" }, /has no verified identity/],
    ["a level-1 e-ID only", { ...verified, method: "vneid_level_1" }, /verified by vneid_level_1 only; going live needs vneid_level_2 or in_person/],
    ["one dated in the future", { ...verified, verified_at: "2026-07-02T00:00:00Z" }, /dated in the future/],
  ])("refuses a seller with %s, naming producer_id", (_label, verification, message) => {
    const refusal = goLiveRefusal("sel_1", verification, now)
    expect(refusal).toMatch(message)
    expect(refusal).toMatch(/^producer_id: /)
  })
})

describe("minimiseIdNumber: keep only the last 4 characters and a keyed hash", () => {
  it("never keeps the number and hashes the normalised form with the key", () => {
    const kept = minimiseIdNumber("001 088-012.345", "k1")
    expect(kept.id_number_last4).toEqual("2345")
    expect(kept.id_number_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(kept)).not.toContain("001088012345")
    expect(minimiseIdNumber("001088012345", "k1")).toEqual(kept)
    expect(minimiseIdNumber("001088012345", "k2").id_number_hash).not.toEqual(kept.id_number_hash)
    expect(normalizeIdNumber(" b1234567 ")).toEqual("B1234567")
  })

  it("refuses malformed numbers and a missing key", () => {
    expect(() => minimiseIdNumber("12345", "k")).toThrow(/8 to 20/)
    expect(() => minimiseIdNumber("001088012345", "")).toThrow(/secret/)
  })
})

describe("sellerDirectory: identity fields", () => {
  const base = { entity: "seller", products: { entity: "seller_product", seller_field: "seller_id", product_field: "product_id" } }
  it("accepts field names for legal name, registration number and address (one or several)", () => {
    const identity = { legal_name: "name", registration_number: "registration_number", address: ["address", "commune"] }
    expect(sellerDirectory({ sellers: { ...base, identity } })?.identity).toEqual(identity)
  })
  it("refuses unknown keys and bad field names", () => {
    expect(() => sellerDirectory({ sellers: { ...base, identity: { phone: "phone" } as any } })).toThrow(/sellers.identity.phone/)
    expect(() => sellerDirectory({ sellers: { ...base, identity: { address: ["address; drop"] } } })).toThrow(/sellers.identity.address/)
  })
})
