import { isOcopGroup, OCOP_GROUP_LABELS, OCOP_GROUPS } from "../groups"

describe("OCOP groups", () => {
  it("has the six 2023 groups with Vietnamese and English labels", () => {
    expect(OCOP_GROUPS).toHaveLength(6)
    for (const g of OCOP_GROUPS) {
      expect(OCOP_GROUP_LABELS[g].vi.length).toBeGreaterThan(0)
      expect(OCOP_GROUP_LABELS[g].en.length).toBeGreaterThan(0)
    }
  })

  it("rejects the legacy 2019 groups", () => {
    expect(isOcopGroup("tourism")).toBe(true)
    expect(isOcopGroup("textiles")).toBe(false)
    expect(isOcopGroup(undefined)).toBe(false)
  })
})
