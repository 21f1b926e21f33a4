import { buildRows } from "../catalogue/rows"
import { countFacets } from "../catalogue/facets"
import { filterRows } from "../catalogue/filters"
import { currentMarkRight, holdsMarkRight, marksWithRight } from "../mark-use"

const NOW = new Date("2026-12-05T00:00:00Z")

describe("a producer's right to use a GI or mark", () => {
  it("holds from its grant until revoked or past its end; no record, no right", () => {
    expect(holdsMarkRight(null, NOW)).toBe(false)
    expect(holdsMarkRight({ granted_at: "2024-07-01" }, NOW)).toBe(true)
    expect(holdsMarkRight({ granted_at: "2027-01-01" }, NOW)).toBe(false)
    expect(holdsMarkRight({ granted_at: "2024-07-01", valid_until: "2026-12-04" }, NOW)).toBe(false)
    expect(holdsMarkRight({ granted_at: "2024-07-01", valid_until: "2029-07-01" }, NOW)).toBe(true)
    expect(holdsMarkRight({ granted_at: "2024-07-01", revoked_at: "2026-01-01" }, NOW)).toBe(false)
    expect(holdsMarkRight({ granted_at: "2024-07-01", revoked_at: "2027-01-01" }, NOW)).toBe(true)
  })

  it("keeps only the marks whose right the producer holds", () => {
    const marks = [
      { id: "gi", use_right: { granted_at: "2024-07-01" } },
      { id: "claimed", use_right: null },
      { id: "revoked", use_right: { granted_at: "2020-01-01", revoked_at: "2025-01-01" } },
    ]
    expect(marksWithRight(marks, NOW).map((m) => m.id)).toEqual(["gi"])
  })

  it("filters and counts the catalogue's GI products by the badge cards show, not by the claim", () => {
    const summary = (product_id: string, use_right: { granted_at: string } | null) => ({
      product_id,
      certification: null,
      producer: null,
      season_months: null,
      marks: [{ id: "m1", kind: "geographical_indication", registry_number: "00140", name: "Lạng Sơn", use_right }],
      standard_kinds: [],
    })
    const rows = buildRows(
      [{ id: "holder" }, { id: "claimant" }],
      [summary("holder", { granted_at: "2024-07-01" }), summary("claimant", null)],
      NOW
    )
    const ids = filterRows(rows, { mark_kind: ["geographical_indication"] }, 12).map((r) => r.product.id)
    expect(ids).toEqual(["holder"])
    expect(filterRows(rows, { mark: ["00140"] }, 12).map((r) => r.product.id)).toEqual(["holder"])
    expect(countFacets(rows, {}, 12).mark_kind.geographical_indication).toEqual(1)
  })

  it("takes the producer's right that is not revoked, then the latest grant", () => {
    const rights = [
      { id: "old", producer_id: "p1", granted_at: "2020-01-01" },
      { id: "revoked", producer_id: "p1", granted_at: "2025-01-01", revoked_at: "2025-06-01" },
      { id: "latest", producer_id: "p1", granted_at: "2024-01-01" },
      { id: "other", producer_id: "p2", granted_at: "2026-01-01" },
      { id: "deleted", producer_id: "p1", granted_at: "2026-01-01", deleted_at: "2026-02-01" },
    ]
    expect(currentMarkRight(rights, "p1")?.id).toEqual("latest")
    expect(currentMarkRight(rights, "p3")).toBeNull()
    expect(currentMarkRight(rights, null)).toBeNull()
  })
})
