import {
  illustrativeScores,
  isCertifiable,
  OcopStars,
  PART_LIMITS,
  starsForTotal,
  validateScores,
} from "../scoring"

describe("starsForTotal", () => {
  it.each([
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ])("total %p gives %p stars", (total, stars) => {
    expect(starsForTotal(total)).toBe(stars)
  })

  it.each([-1, 100.01, NaN, Infinity, -Infinity])("rejects %p", (total) => {
    expect(() => starsForTotal(total)).toThrow(RangeError)
  })
})

describe("isCertifiable", () => {
  it("certifies only 3, 4 and 5 stars", () => {
    expect([1, 2, 3, 4, 5].map(isCertifiable)).toEqual([false, false, true, true, true])
    expect(isCertifiable(3.5)).toBe(false)
    expect(isCertifiable(6)).toBe(false)
  })
})

describe("validateScores", () => {
  it("accepts parts at their limits and a matching total", () => {
    expect(validateScores({ a: 40, b: 25, c: 35, total: 100 })).toEqual([])
    expect(validateScores({ a: 0, b: 0, c: 0 })).toEqual([])
    expect(validateScores({ a: 28.5, b: 17.25, c: 24.25, total: 70.0005 })).toEqual([])
  })

  it.each([
    ["a", { a: 40.01, b: 10, c: 10 }],
    ["a", { a: -1, b: 10, c: 10 }],
    ["b", { a: 10, b: 25.5, c: 10 }],
    ["b", { a: 10, b: -0.1, c: 10 }],
    ["c", { a: 10, b: 10, c: 36 }],
    ["c", { a: 10, b: 10, c: -5 }],
  ])("reports part %s out of range", (field, input) => {
    const problems = validateScores(input)
    expect(problems).toHaveLength(1)
    expect(problems[0].field).toBe(field)
    expect(problems[0].message).toMatch(/between 0 and/)
  })

  it("reports non-finite parts", () => {
    const problems = validateScores({ a: NaN, b: Infinity, c: 10 })
    expect(problems.map((p) => p.field)).toEqual(["a", "b"])
    expect(problems[0].message).toMatch(/finite/)
  })

  it("reports a total that does not equal a + b + c", () => {
    const problems = validateScores({ a: 30, b: 20, c: 25, total: 76 })
    expect(problems).toEqual([{ field: "total", message: expect.stringMatching(/a \+ b \+ c/) }])
    expect(validateScores({ a: 30, b: 20, c: 25, total: 75.002 })).toHaveLength(1)
  })

  it("reports an out-of-range or non-finite total", () => {
    expect(validateScores({ a: 40, b: 25, c: 35, total: 100.01 })[0].field).toBe("total")
    expect(validateScores({ a: 1, b: 1, c: 1, total: NaN })[0].message).toMatch(/finite/)
  })
})

describe("illustrativeScores", () => {
  const expectValid = (stars: OcopStars, total?: number) => {
    const s = illustrativeScores(stars, total)
    expect(validateScores(s)).toEqual([])
    expect([s.a, s.b, s.c].every(Number.isInteger)).toBe(true)
    expect(starsForTotal(s.total)).toBe(stars)
    return s
  }

  it("uses the documented defaults", () => {
    expect(expectValid(3).total).toBe(60)
    expect(expectValid(4).total).toBe(75)
    expect(expectValid(5).total).toBe(92)
  })

  it("splits a known total, e.g. 70 points for 4 stars", () => {
    const s = expectValid(4, 70)
    expect(s.a + s.b + s.c).toBe(70)
  })

  it("gives valid parts for every integer total in every band", () => {
    const bands: [OcopStars, number, number][] = [
      [1, 0, 29],
      [2, 30, 49],
      [3, 50, 69],
      [4, 70, 89],
      [5, 90, 100],
    ]
    for (const [stars, from, to] of bands) {
      for (let t = from; t <= to; t++) {
        const s = expectValid(stars, t)
        expect(s.a).toBeLessThanOrEqual(PART_LIMITS.a)
        expect(s.c).toBeLessThanOrEqual(PART_LIMITS.c)
      }
    }
  })

  it("rejects a total outside the band or not an integer", () => {
    expect(() => illustrativeScores(4, 69)).toThrow(RangeError)
    expect(() => illustrativeScores(3, 60.5)).toThrow(RangeError)
    expect(() => illustrativeScores(6 as OcopStars)).toThrow(RangeError)
  })
})
