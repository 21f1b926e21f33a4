import { effectiveStatus, hasOcopBadge, isPastValidity, validityCutoff } from "../badge"
import { isExpired } from "../validity"

describe("badge", () => {
  const cert = { status: "active" as const, valid_until: "2025-07-01T00:00:00Z", stars: 4 }

  it("keeps the badge through the valid-until day (UTC) and drops it the day after", () => {
    expect(hasOcopBadge(cert, new Date("2025-07-01T23:59:59Z"))).toBe(true)
    expect(hasOcopBadge(cert, new Date("2025-07-02T00:00:00Z"))).toBe(false)
  })

  it("agrees with isExpired at every hour around the boundary", () => {
    for (let h = -30; h <= 30; h++) {
      const now = new Date(Date.UTC(2025, 6, 2) + h * 3600_000)
      expect(isPastValidity(cert.valid_until, now)).toBe(isExpired(cert.valid_until, now))
    }
  })

  it("reads an active record past its date as expired", () => {
    expect(effectiveStatus(cert, new Date("2026-11-28T00:00:00Z"))).toBe("expired")
    expect(effectiveStatus(cert, new Date("2025-01-01T00:00:00Z"))).toBe("active")
  })

  it("never badges revoked, superseded or expired records, nor fewer than 3 stars", () => {
    const now = new Date("2025-01-01T00:00:00Z")
    for (const status of ["revoked", "superseded", "expired"] as const) {
      expect(hasOcopBadge({ ...cert, status }, now)).toBe(false)
    }
    expect(hasOcopBadge({ ...cert, stars: 2 }, now)).toBe(false)
    expect(hasOcopBadge(null, now)).toBe(false)
  })

  it("uses the start of the UTC day as the SQL cutoff", () => {
    expect(validityCutoff(new Date("2026-11-28T18:30:00Z")).toISOString()).toBe("2026-11-28T00:00:00.000Z")
  })
})
