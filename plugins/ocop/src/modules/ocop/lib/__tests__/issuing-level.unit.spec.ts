import {
  allowedIssuingLevels,
  requiredIssuingLevel,
  validateIssuingLevel,
} from "../issuing-level"

describe("issuing level", () => {
  it("requires provincial for 3-4 stars and central for 5 stars", () => {
    expect(requiredIssuingLevel(3)).toBe("provincial")
    expect(requiredIssuingLevel(4)).toBe("provincial")
    expect(requiredIssuingLevel(5)).toBe("central")
    expect(requiredIssuingLevel(2)).toBeNull()
  })

  it("accepts the right levels", () => {
    expect(validateIssuingLevel(3, "provincial")).toEqual([])
    expect(validateIssuingLevel(4, "provincial")).toEqual([])
    expect(validateIssuingLevel(5, "central")).toEqual([])
  })

  it("rejects 5 stars from a provincial body", () => {
    const problems = validateIssuingLevel(5, "provincial")
    expect(problems).toHaveLength(1)
    expect(problems[0]).toEqual({
      field: "issuing_level",
      message: expect.stringMatching(/central/),
    })
  })

  it.each([3, 4])("rejects %p stars from a central body", (stars) => {
    expect(validateIssuingLevel(stars, "central")[0].field).toBe("issuing_level")
  })

  it("accepts a district body only for 3 stars decided under QĐ 148", () => {
    expect(allowedIssuingLevels(3, "2024-09-15")).toEqual(["district", "provincial"])
    expect(validateIssuingLevel(3, "district", "2024-09-15")).toEqual([])
    expect(validateIssuingLevel(3, "district", "2025-07-06")).toHaveLength(1)
    expect(validateIssuingLevel(3, "district", "2022-12-01")).toHaveLength(1)
    expect(validateIssuingLevel(3, "district")).toHaveLength(1)
    expect(validateIssuingLevel(4, "district", "2024-09-15")).toHaveLength(1)
  })

  it("rejects ratings below 3 stars", () => {
    expect(validateIssuingLevel(2, "provincial")).toEqual([
      { field: "stars", message: expect.stringMatching(/not a certifiable/) },
    ])
  })
})
