import { CATALOGUE } from "../lang-son-catalogue"
import { ALCOHOL_LABELS, PRODUCT_LABELS, VAT_CLASS_BY_HANDLE, vatClassOf } from "../compliance"
import { labelMetadata } from "../../seed/compliance"
import { STORAGE_KINDS, vatRateOn } from "../../../lib/compliance"

const byHandle = (handle: string) => CATALOGUE.find((p) => p.handle === handle)!

describe("VAT classes of the catalogue", () => {
  it("gives every product a class with its legal basis", () => {
    for (const product of CATALOGUE) {
      expect(vatClassOf(product)).toEqual(expect.objectContaining({ basis: expect.stringMatching(/(Law|Resolution|Decree) \d+/) }))
    }
  })

  it("overrides only products that exist", () => {
    for (const handle of Object.keys(VAT_CLASS_BY_HANDLE)) {
      expect(byHandle(handle)).toBeDefined()
    }
  })

  it("is not one flat rate: fresh fruit 5 %, processed food 8 % and rice wine 10 % in December 2026", () => {
    const at = new Date("2026-12-04T12:00:00+07:00")
    const rate = (handle: string) => vatRateOn(vatClassOf(byHandle(handle)).vat_class, at)
    expect(["na-chi-lang", "rau-chan-vit-huu-co-huu-lung", "khau-nhuc-mai-sao", "banh-gai-lang-lay", "ruou-men-la-cong-son", "den-bac-le"].map(rate)).toEqual([
      5, 5, 8, 8, 10, 8,
    ])
    expect(new Set(CATALOGUE.map((p) => rate(p.handle)))).toEqual(new Set([5, 8, 10]))
  })
})

describe("labels of fresh and cold-chain products", () => {
  it("name existing products, with a positive whole shelf life and a known storage kind", () => {
    for (const [handle, label] of Object.entries(PRODUCT_LABELS)) {
      expect(byHandle(handle)).toBeDefined()
      expect(Number.isInteger(label.shelf_life_days) && label.shelf_life_days > 0).toBe(true)
      expect(STORAGE_KINDS).toContain(label.storage)
    }
  })

  it("cover every fresh fruit and vegetable", () => {
    const fresh = CATALOGUE.filter((p) => ["trai-cay-tuoi", "rau"].includes(p.category)).map((p) => p.handle)
    expect(fresh.filter((h) => !PRODUCT_LABELS[h])).toEqual([])
  })
})

describe("alcohol labels", () => {
  it("give every rice wine, and only those, an estimated ABV", () => {
    const wines = CATALOGUE.filter((p) => p.category === "ruou").map((p) => p.handle)
    expect(wines.length).toBeGreaterThan(0)
    expect(Object.keys(ALCOHOL_LABELS).sort()).toEqual([...wines].sort())
    for (const label of Object.values(ALCOHOL_LABELS)) {
      expect(label).toEqual({ abv: 29, estimated: true })
    }
  })

  it("become product metadata with the generic live_restricted flag (29 % ≥ 15 %)", () => {
    expect(labelMetadata("ruou-hoi-hoan")).toEqual({ alcohol_abv: 29, alcohol_abv_estimated: true, live_restricted: true })
    expect(labelMetadata("mat-ong-van-thuy")).toEqual({})
    expect(labelMetadata("ngong-hoa-cai")).toEqual({ shelf_life_days: 2, storage: "chilled", shelf_life_estimated: true })
  })
})
