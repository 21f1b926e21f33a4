import { changedCatalogueProducts, sameCatalogueEntry } from "../changes"
import type { CatalogueEntryInput } from "../entry"

const entry = (over: Partial<CatalogueEntryInput> = {}): CatalogueEntryInput => ({
  product_id: "prod_1",
  status: "published",
  sales_channel_ids: ["sc_a"],
  title: "Na Chi Lăng",
  handle: "na-chi-lang",
  search_text: " na chi lang",
  search_bigrams: [],
  titles: { en: "Chi Lang custard apple", "zh-CN": "支陵番荔枝" },
  product_created_at: new Date("2026-01-01T00:00:00.000Z"),
  prices: { vnd: 65000, usd: 3 },
  in_stock: true,
  stars: 4,
  cert_status: "active",
  valid_until: new Date("2028-01-01T00:00:00.000Z"),
  group: "food",
  producer_id: "prod_er_1",
  district: "Chi Lăng",
  district_key: "chi lang",
  commune_key: null,
  season_months: [8, 9],
  marks: [
    { id: "m1", kind: "geographical_indication", registry_number: "00012", granted_at: "2020-01-01T00:00:00.000Z", valid_until: null, revoked_at: null },
  ],
  standard_kinds: ["vietgap"],
  stats_producer_id: "prod_er_1",
  has_marks: true,
  has_expired_certificate: false,
  ...over,
})

/** The same row as PostgreSQL hands it back: timestamps as Dates, jsonb keys reordered, no undefined. */
const asStored = (e: CatalogueEntryInput, source_at = new Date("2026-12-01T00:00:00Z")) => ({
  ...e,
  titles: Object.fromEntries(Object.entries(e.titles).reverse()),
  prices: Object.fromEntries(Object.entries(e.prices).reverse()),
  marks: e.marks.map((m) => Object.fromEntries(Object.entries(m).reverse())) as CatalogueEntryInput["marks"],
  source_at,
})

describe("sameCatalogueEntry", () => {
  it("ignores when a row was written and how its values were spelled", () => {
    const built = entry({ product_created_at: "2026-01-01T00:00:00Z" as unknown as Date })
    expect(sameCatalogueEntry(asStored(entry()), { ...built, source_at: new Date() })).toBe(true)
  })

  it.each<[string, Partial<CatalogueEntryInput>]>([
    ["sold out", { in_stock: false }],
    ["a new lowest price", { prices: { vnd: 60000, usd: 3 } }],
    ["a price in a new currency", { prices: { vnd: 65000, usd: 3, eur: 2 } }],
    ["another star level", { stars: 5 }],
    ["a later validity", { valid_until: new Date("2029-01-01T00:00:00.000Z") }],
    ["no certificate", { valid_until: null, stars: null, cert_status: null }],
    ["a revoked mark right", { marks: [{ ...entry().marks[0], revoked_at: "2026-12-01T00:00:00.000Z" }] }],
    ["a new translation", { titles: { en: "Chi Lang custard apple", "zh-CN": "支陵番荔枝", ko: "치랑 커스터드 애플" } }],
    ["another channel", { sales_channel_ids: ["sc_a", "sc_b"] }],
    ["a season month less", { season_months: [8] }],
  ])("tells a row changed by %s", (_, change) => {
    expect(sameCatalogueEntry(asStored(entry()), entry(change))).toBe(false)
  })
})

describe("changedCatalogueProducts", () => {
  it("names new rows and changed rows, in the refresh's order, and not unchanged ones", () => {
    const before = [asStored(entry()), asStored(entry({ product_id: "prod_2" }))]
    const after = [
      entry({ product_id: "prod_3" }),
      entry({ product_id: "prod_2", in_stock: false }),
      entry(),
    ]
    expect(changedCatalogueProducts(before, after)).toEqual(["prod_3", "prod_2"])
  })

  it("names nothing when a refresh rewrote what was there", () => {
    expect(changedCatalogueProducts([asStored(entry())], [entry()])).toEqual([])
  })
})
