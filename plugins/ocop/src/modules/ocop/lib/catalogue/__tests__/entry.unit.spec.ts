import { isInStock, lowestBasePrices, toCatalogueEntry, CatalogueSourceProduct } from "../entry"
import type { OcopProductSummary } from "../types"

const product = (variants: CatalogueSourceProduct["variants"]): CatalogueSourceProduct => ({
  id: "prod_1",
  status: "published",
  title: "Na Chi Lăng",
  subtitle: "Firm custard apple",
  handle: "na-chi-lang",
  created_at: "2026-01-01T00:00:00.000Z",
  sales_channels: [{ id: "sc_b" }, { id: "sc_a" }, { id: "sc_b" }],
  variants,
})

const stocked = (stocked_quantity: number, reserved_quantity = 0) => ({
  manage_inventory: true,
  inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity, reserved_quantity }] } }],
})

describe("lowestBasePrices", () => {
  it("takes the lowest price per currency, ignoring price lists and rule prices", () => {
    const p = product([
      { prices: [{ amount: 65000, currency_code: "vnd" }, { amount: 3, currency_code: "USD" }] },
      {
        prices: [
          { amount: 50000, currency_code: "vnd" },
          { amount: 10, currency_code: "vnd", price_list_id: "plist_1" },
          { amount: 20, currency_code: "vnd", rules_count: 1 },
        ],
      },
    ])
    expect(lowestBasePrices(p)).toEqual({ vnd: 50000, usd: 3 })
  })
})

describe("isInStock", () => {
  it("is true when some variant can be sold", () => {
    expect(isInStock(product([stocked(0), stocked(2)]))).toBe(true)
    expect(isInStock(product([{ manage_inventory: false }]))).toBe(true)
    expect(isInStock(product([{ ...stocked(0), allow_backorder: true }]))).toBe(true)
  })

  it("counts reservations and needs every inventory item of a variant", () => {
    expect(isInStock(product([stocked(3, 3)]))).toBe(false)
    expect(isInStock(product([]))).toBe(false)
    const kit = {
      manage_inventory: true,
      inventory_items: [
        { required_quantity: 2, inventory: { location_levels: [{ stocked_quantity: 5 }] } },
        { required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 0 }] } },
      ],
    }
    expect(isInStock(product([kit]))).toBe(false)
  })
})

describe("toCatalogueEntry", () => {
  const summary: OcopProductSummary = {
    product_id: "prod_1",
    certification: { stars: 4, status: "active", valid_until: "2027-01-18T00:00:00.000Z", group: "food" },
    producer: { id: "ocpr_1", name: "HTX Đồng Bành", district: "Chi Lăng", commune: "xã Chi Lăng" },
    season_months: [7, 8],
    marks: [
      { id: "ocmk_gi", kind: "geographical_indication", registry_number: "00140", name: "Na Chi Lăng", use_right: { granted_at: "2024-07-01T00:00:00.000Z", valid_until: null, revoked_at: null } },
      { id: "ocmk_x", kind: "collective_mark", registry_number: null, name: "Nhãn hiệu chưa cấp quyền", use_right: null },
    ],
    standard_kinds: ["vietgap", "organic", "vietgap"],
  }

  it("folds the OCOP summary into the row the catalogue filters on", () => {
    const entry = toCatalogueEntry(product([stocked(1)]), summary)
    expect(entry).toMatchObject({
      product_id: "prod_1",
      sales_channel_ids: ["sc_a", "sc_b"],
      stars: 4,
      cert_status: "active",
      group: "food",
      producer_id: "ocpr_1",
      district: "Chi Lăng",
      district_key: "chi lang",
      commune_key: "chi lang",
      season_months: [7, 8],
      standard_kinds: ["organic", "vietgap"],
      in_stock: true,
    })
    expect(entry.valid_until).toEqual(new Date("2027-01-18T00:00:00.000Z"))
    // only marks with a recorded right, with its dates for the read-time check
    expect(entry.marks).toEqual([
      { id: "ocmk_gi", kind: "geographical_indication", registry_number: "00140", granted_at: "2024-07-01T00:00:00.000Z", valid_until: null, revoked_at: null },
    ])
  })

  it("searches folded words of the product, producer and marks", () => {
    const { search_text } = toCatalogueEntry(product([]), summary)
    expect(search_text).toContain(" na chi lang")
    expect(search_text).toContain(" htx dong banh")
    expect(search_text).toContain(" firm custard apple")
    expect(search_text).not.toContain("nhan hieu chua")
  })

  it("searches and keeps the translated titles of every locale (issue 16)", () => {
    const entry = toCatalogueEntry(product([]), summary, [
      { locale_code: "zh-CN", translations: { title: "谅山番荔枝（支陵）", subtitle: "硬肉番荔枝" } },
      { locale_code: "en-US", translations: { title: "Chi Lăng custard apple (firm flesh)", description: "Long text" } },
      { locale_code: "fr-FR", translations: { title: "  " } },
    ])
    expect(entry.titles).toEqual({ "en-US": "Chi Lăng custard apple (firm flesh)", "zh-CN": "谅山番荔枝（支陵）" })
    expect(entry.search_text).toContain(" 谅山番荔枝 支陵")
    expect(entry.search_text).toContain(" 硬肉番荔枝")
    expect(entry.search_text).toContain(" chi lang custard apple firm flesh")
    // descriptions are not searched; the product's own words still are
    expect(entry.search_text).not.toContain("long text")
    expect(entry.search_text).toContain(" na chi lang")
    expect(toCatalogueEntry(product([]), summary).titles).toEqual({})
  })

  it("has no OCOP fields for a product without OCOP data", () => {
    expect(toCatalogueEntry(product([]), null)).toMatchObject({
      stars: null, cert_status: null, valid_until: null, group: null, producer_id: null, marks: [], standard_kinds: [],
      stats_producer_id: null, has_marks: false, has_expired_certificate: false,
    })
  })

  it("keeps what the programme figures count: the producer, any listed mark, an expired record", () => {
    const counted = { ...summary, producer: null, stats_producer_id: "ocpr_cert", has_expired_certificate: true }
    expect(toCatalogueEntry(product([]), counted)).toMatchObject({
      producer_id: null, stats_producer_id: "ocpr_cert", has_marks: true, has_expired_certificate: true,
    })
    // a mark without a use right is not filtered on, but the product is IP-protected
    const unrighted = { ...summary, marks: summary.marks.filter((m) => !m.use_right) }
    expect(toCatalogueEntry(product([]), unrighted)).toMatchObject({ marks: [], has_marks: true })
  })
})
