import { decisionDate, issuingBodyName, likelyIssuingLevel } from "../decision"

describe("decision helpers", () => {
  it("keeps a known date and marks a year-only date as approximate (1 July)", () => {
    expect(decisionDate(2024, "2024-01-18")).toEqual({ decided_at: "2024-01-18", decided_at_approximate: false })
    expect(decisionDate(2022)).toEqual({ decided_at: "2022-07-01", decided_at_approximate: true })
  })

  it("infers the district for 3★ under QĐ 148, else the required level", () => {
    expect(likelyIssuingLevel(3, "2024-07-01")).toBe("district")
    expect(likelyIssuingLevel(3, "2022-07-01")).toBe("provincial")
    expect(likelyIssuingLevel(3, "2025-12-31")).toBe("provincial")
    expect(likelyIssuingLevel(4, "2024-07-01")).toBe("provincial")
    expect(likelyIssuingLevel(5, "2024-07-01")).toBe("central")
    expect(() => likelyIssuingLevel(2, "2024-07-01")).toThrow(RangeError)
  })

  it("names the body for each level", () => {
    expect(issuingBodyName("provincial", "2024-01-01")).toBe("UBND tỉnh Lạng Sơn")
    expect(issuingBodyName("district", "2024-01-01", { district: "Chi Lăng" })).toBe("UBND huyện Chi Lăng")
    expect(issuingBodyName("district", "2024-01-01", { district: "TP Lạng Sơn" })).toBe("UBND thành phố Lạng Sơn")
    expect(issuingBodyName("district", "2024-01-01", {})).toBeNull()
    expect(issuingBodyName("central", "2025-01-09")).toBe("Bộ Nông nghiệp và Phát triển nông thôn")
    expect(issuingBodyName("central", "2025-12-31")).toBe("Bộ Nông nghiệp và Môi trường")
  })
})
