import {
  addMonthsUtc,
  certificationStatus,
  isExpired,
  isMarketableAsOcop,
  validUntil,
} from "../validity"

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const isoDay = (d: Date) => d.toISOString().slice(0, 10)

describe("validUntil", () => {
  it.each([
    ["2023-08-31", "2026-08-31"],
    ["2024-02-29", "2027-02-28"],
    ["2024-01-18", "2027-01-18"],
    ["2025-12-31", "2028-12-31"],
    ["2023-03-31", "2026-03-31"],
  ])("%s + 36 months = %s", (from, to) => {
    expect(isoDay(validUntil(day(from)))).toBe(to)
    expect(isoDay(validUntil(from))).toBe(to)
  })

  it("clamps to month end and keeps the time of day", () => {
    const out = addMonthsUtc(new Date("2024-01-31T10:15:00.000Z"), 1)
    expect(out.toISOString()).toBe("2024-02-29T10:15:00.000Z")
  })

  it("rejects an invalid date", () => {
    expect(() => validUntil("not a date")).toThrow(RangeError)
  })
})

describe("isExpired", () => {
  it("counts the valid-until day as valid", () => {
    expect(isExpired("2027-01-18", new Date("2027-01-18T23:59:59.000Z"))).toBe(false)
    expect(isExpired("2027-01-18", new Date("2027-01-19T00:00:00.000Z"))).toBe(true)
    expect(isExpired(day("2020-01-01"), new Date("2024-06-01T00:00:00.000Z"))).toBe(true)
  })
})

describe("certificationStatus", () => {
  const now = new Date("2026-03-01T12:00:00.000Z")

  it("is valid before the end date and expired after it", () => {
    expect(certificationStatus({ valid_until: "2028-12-31" }, now)).toBe("valid")
    expect(certificationStatus({ status: "valid", valid_until: "2025-01-01" }, now)).toBe("expired")
  })

  it("keeps revoked and pending re-evaluation", () => {
    expect(certificationStatus({ status: "revoked", valid_until: "2028-12-31" }, now)).toBe("revoked")
    expect(
      certificationStatus({ status: "pending_reevaluation", valid_until: "2025-01-01" }, now)
    ).toBe("pending_reevaluation")
    expect(certificationStatus({ status: "expired", valid_until: "2028-12-31" }, now)).toBe("expired")
  })

  it("is unknown without a date unless a status was stored", () => {
    expect(certificationStatus({}, now)).toBe("unknown")
    expect(certificationStatus({ status: "valid", valid_until: null }, now)).toBe("valid")
  })
})

describe("isMarketableAsOcop", () => {
  const now = new Date("2026-03-01T00:00:00.000Z")
  it("needs at least 3 stars and a valid certificate", () => {
    expect(isMarketableAsOcop({ stars: 4, valid_until: "2028-12-31" }, now)).toBe(true)
    expect(isMarketableAsOcop({ stars: 2, valid_until: "2028-12-31" }, now)).toBe(false)
    expect(isMarketableAsOcop({ stars: 3, valid_until: "2025-12-01" }, now)).toBe(false)
    expect(isMarketableAsOcop({ stars: 3 }, now)).toBe(false)
  })
})
