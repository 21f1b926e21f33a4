import {
  ageConfirmationProblem,
  alcoholAbv,
  alcoholMetadata,
  codAllowed,
  isAlcoholic,
  isLiveRestricted,
  isStrongAlcohol,
} from "../alcohol"

describe("alcoholAbv / isAlcoholic", () => {
  it("reads a positive ABV (number or numeric string); anything else is not alcohol", () => {
    const cases = [{ alcohol_abv: 29 }, { alcohol_abv: "12.5" }, { alcohol_abv: 0 }, { alcohol_abv: "abc" }, {}, null, undefined]
    expect(cases.map(alcoholAbv)).toEqual([29, 12.5, null, null, null, null, null])
    expect(cases.map(isAlcoholic)).toEqual([true, true, false, false, false, false, false])
  })
})

describe("isStrongAlcohol / isLiveRestricted", () => {
  it("is strong from 15 % ABV", () => {
    expect([null, 5, 14.9, 15, 29].map(isStrongAlcohol)).toEqual([false, false, false, true, true])
  })

  it("restricts live selling only on the literal flag true", () => {
    expect([{ live_restricted: true }, { live_restricted: "true" }, { live_restricted: false }, {}, null].map(isLiveRestricted)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ])
  })
})

describe("alcoholMetadata", () => {
  it("flags strong alcohol live_restricted, not a light drink", () => {
    expect(alcoholMetadata(29, true)).toEqual({ alcohol_abv: 29, alcohol_abv_estimated: true, live_restricted: true })
    expect(alcoholMetadata(5, false)).toEqual({ alcohol_abv: 5, alcohol_abv_estimated: false })
  })
})

describe("ageConfirmationProblem", () => {
  const now = new Date("2026-12-05T08:00:00Z")

  it("asks nothing of a cart without alcohol", () => {
    expect(ageConfirmationProblem(false, null, now)).toBeNull()
  })

  it("accepts a past server timestamp", () => {
    expect(ageConfirmationProblem(true, { age_confirmed_at: "2026-12-05T07:59:00.000Z" }, now)).toBeNull()
  })

  it("refuses a cart with alcohol and no, a bad or a future confirmation, naming the field", () => {
    const missing = [null, {}, { age_confirmed_at: true }, { age_confirmed_at: "yes" }, { age_confirmed_at: "2027-01-01T00:00:00Z" }]
    for (const metadata of missing) {
      expect(ageConfirmationProblem(true, metadata, now)).toMatch(/^age_confirmed_at: .*18 or older/)
    }
  })
})

describe("codAllowed", () => {
  it("refuses cash on delivery for alcohol bought online, allows it at a kiosk and for anything else", () => {
    expect([
      codAllowed({ hasAlcohol: true, inPerson: false }),
      codAllowed({ hasAlcohol: true, inPerson: true }),
      codAllowed({ hasAlcohol: false, inPerson: false }),
    ]).toEqual([false, true, true])
  })
})
