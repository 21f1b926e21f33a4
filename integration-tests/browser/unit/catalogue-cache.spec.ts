import { canonicalQuery, MAX_CACHED_OFFSET, sharedCacheable } from "../../../storefront/src/lib/catalogue-cache"

describe("which catalogue lists go into the shared cache", () => {
  it("shares the finite ones: the home page's lists, facets, pages", () => {
    expect(sharedCacheable({})).toBe(true)
    expect(sharedCacheable({ group: ["food"], stars: ["4", "5"], offset: 24 })).toBe(true)
    expect(sharedCacheable({ offset: MAX_CACHED_OFFSET })).toBe(true)
  })

  it("keeps out what anyone can make up without bound: a search, a district name, a far page", () => {
    expect(sharedCacheable({ q: "na" })).toBe(false)
    expect(sharedCacheable({ district: ["Chi Lăng"] })).toBe(false)
    expect(sharedCacheable({ offset: MAX_CACHED_OFFSET + 24 })).toBe(false)
    expect(sharedCacheable({ q: "" })).toBe(true)
  })

  it("makes one key of the same filters in any order or repetition", () => {
    const a = canonicalQuery({ group: ["herbal", "food", "food"], stars: ["5", "4"], limit: 24 } as any)
    const b = canonicalQuery({ stars: ["4", "5"], group: ["food", "herbal"], limit: 24 } as any)
    expect(JSON.stringify(a)).toEqual(JSON.stringify(b))
    expect(canonicalQuery({ group: [], q: "", offset: 0 } as any)).toEqual({ offset: 0 })
    expect(canonicalQuery({ in_season: false, ocop_only: true } as any)).toEqual({ ocop_only: true })
  })
})
