import { describeProblems, prepareCertification } from "../certification"

const NOW = new Date("2026-11-28T10:00:00Z")

/** Splits a total into valid parts (A ≤ 40, B ≤ 25, C ≤ 35). */
function partsFor(total: number) {
  const a = Math.min(40, Math.round(total * 0.4 * 100) / 100)
  const b = Math.min(25, Math.round(total * 0.25 * 100) / 100)
  return { score_a: a, score_b: b, score_c: Math.round((total - a - b) * 100) / 100 }
}

const base = { group: "food", decided_at: "2026-03-01" }

describe("prepareCertification", () => {
  it.each([
    [29.99, null],
    [30, null],
    [49.99, null],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ])("derives the stars from a total of %p (only 3★ and up is certified)", (total, stars) => {
    const result = prepareCertification({ ...base, ...partsFor(total), score_total: total }, NOW)
    if (stars === null) {
      expect(result.value).toBeUndefined()
      expect(result.problems).toEqual([expect.objectContaining({ field: "score_total" })])
      expect(result.problems[0].message).toMatch(/only 3★ and above/)
    } else {
      expect(result.problems).toEqual([])
      expect(result.value!.stars).toBe(stars)
      expect(result.value!.score_total).toBe(total)
    }
  })

  it("computes the total from the parts when it is not given", () => {
    const { value } = prepareCertification({ ...base, score_a: 30.5, score_b: 20.25, score_c: 21.5 }, NOW)
    expect(value!.score_total).toBe(72.25)
    expect(value!.stars).toBe(4)
  })

  it("derives the valid-until date 36 months after the decision", () => {
    const { value } = prepareCertification({ ...base, score_a: 30, score_b: 20, score_c: 25 }, NOW)
    expect(value!.decided_at.toISOString()).toBe("2026-03-01T00:00:00.000Z")
    expect(value!.valid_until.toISOString()).toBe("2029-03-01T00:00:00.000Z")
  })

  it("names each out-of-range part", () => {
    const { problems } = prepareCertification({ ...base, score_a: 41, score_b: -1, score_c: 36 }, NOW)
    expect(problems.map((p) => p.field)).toEqual(["score_a", "score_b", "score_c"])
    expect(describeProblems(problems)).toMatch(/^score_a: score_a must be between 0 and 40/)
  })

  it("refuses a total that does not add up", () => {
    const { problems } = prepareCertification({ ...base, score_a: 30, score_b: 20, score_c: 25, score_total: 80 }, NOW)
    expect(problems).toEqual([expect.objectContaining({ field: "score_total" })])
  })

  it("refuses 5★ from a provincial body and defaults 5★ to the centre", () => {
    const provincial = prepareCertification(
      { ...base, score_a: 38, score_b: 24, score_c: 30, issuing_level: "provincial" },
      NOW
    )
    expect(provincial.problems).toEqual([expect.objectContaining({ field: "issuing_level" })])
    const defaulted = prepareCertification({ ...base, score_a: 38, score_b: 24, score_c: 30 }, NOW)
    expect(defaulted.value!.issuing_level).toBe("central")
  })

  it("accepts a district body only for 3★ decided under QĐ 148", () => {
    const three = { group: "food", score_a: 24, score_b: 15, score_c: 21, issuing_level: "district" as const }
    expect(prepareCertification({ ...three, decided_at: "2024-05-01" }, NOW).problems).toEqual([])
    expect(prepareCertification({ ...three, decided_at: "2025-12-31" }, NOW).problems).toEqual([
      expect.objectContaining({ field: "issuing_level" }),
    ])
  })

  it("refuses an unknown group, an invalid date and a future decision", () => {
    const scores = { score_a: 30, score_b: 20, score_c: 25 }
    expect(prepareCertification({ ...scores, group: "textiles", decided_at: "2024-01-01" }, NOW).problems).toEqual([
      expect.objectContaining({ field: "group" }),
    ])
    expect(prepareCertification({ ...scores, group: "food", decided_at: "not a date" }, NOW).problems).toEqual([
      expect.objectContaining({ field: "decided_at" }),
    ])
    expect(prepareCertification({ ...scores, group: "food", decided_at: "2027-01-01" }, NOW).problems).toEqual([
      expect.objectContaining({ field: "decided_at", message: "decided_at must not be in the future" }),
    ])
  })
})
