import { invoiceFieldOf } from "../../../storefront/src/lib/checkout-rules"
import { productLabel } from "../../../storefront/src/lib/product-label"
import { alcoholOf, priceVisible } from "../../../storefront/src/lib/alcohol"
import { vi } from "../../../storefront/src/i18n/vi"
import { en } from "../../../storefront/src/i18n/en"
import { zh } from "../../../storefront/src/i18n/zh"

describe("VAT invoice errors", () => {
  it("finds the field the backend's 400 names", () => {
    expect(invoiceFieldOf("Invalid request: tax_code: must be 10 digits, or 10-3 digits for a branch")).toEqual("tax_code")
    expect(invoiceFieldOf("Invalid request: Field 'company_name' is required")).toEqual("company_name")
    expect(invoiceFieldOf("Invalid VAT invoice details: vat_invoice.email: must be an e-mail address")).toEqual("email")
    expect(invoiceFieldOf("something else")).toBeNull()
  })
})

describe("product label", () => {
  it("reads shelf life and storage from metadata, and nothing for other products", () => {
    expect(productLabel({ shelf_life_days: 2, storage: "chilled", shelf_life_estimated: true })).toEqual({
      days: 2,
      storage: "chilled",
      estimated: true,
    })
    expect(productLabel({ shelf_life_days: 14, storage: "freezer" })).toEqual({ days: 14, storage: null, estimated: false })
    expect(productLabel({ producer: "HTX" })).toBeNull()
    expect(productLabel(null)).toBeNull()
  })

  it("has every storage kind and compliance string in vi, en and zh", () => {
    for (const dict of [vi, en, zh]) {
      expect(Object.keys(dict.compliance.storage).sort()).toEqual(["chilled", "cool_dry", "room"])
      for (const text of Object.values(dict.compliance).filter((v) => typeof v === "string")) {
        expect((text as string).length).toBeGreaterThan(0)
      }
    }
    expect(new Set([vi.compliance.invoiceWanted, en.compliance.invoiceWanted, zh.compliance.invoiceWanted]).size).toEqual(3)
  })

  it("does not contain the contact fields' labels (the browser tests find fields by label text)", () => {
    for (const dict of [vi, en, zh]) {
      for (const label of [dict.compliance.companyName, dict.compliance.invoiceAddress, dict.compliance.invoiceEmail, dict.compliance.taxCode]) {
        for (const contact of [dict.checkout.email, dict.checkout.fullName, dict.checkout.phone, dict.checkout.street]) {
          expect(label.toLowerCase()).not.toContain(contact.toLowerCase())
        }
      }
    }
  })
})

describe("alcohol on the shop", () => {
  it("reads the ABV from product metadata; other products are not alcohol", () => {
    expect(alcoholOf({ alcohol_abv: 29, alcohol_abv_estimated: true })).toEqual({ abv: 29, estimated: true })
    expect(alcoholOf({ alcohol_abv: "40" })).toEqual({ abv: 40, estimated: false })
    expect([alcoholOf({ shelf_life_days: 2 }), alcoholOf({ alcohol_abv: 0 }), alcoholOf(null)]).toEqual([null, null, null])
  })

  it("hides an alcoholic product's price until the buyer says 18+, and no other price", () => {
    expect([
      priceVisible({ alcohol_abv: 29 }, false),
      priceVisible({ alcohol_abv: 29 }, true),
      priceVisible({ storage: "room" }, false),
    ]).toEqual([false, true, true])
  })

  it("has the statutory warning in vi (the law's words), en and zh", () => {
    expect([vi.alcohol.warningMinors, vi.alcohol.warningHealth]).toEqual([
      "Không bán rượu, bia cho người dưới 18 tuổi.",
      "Uống rượu, bia có hại cho sức khỏe.",
    ])
    for (const dict of [en, zh]) {
      expect(Object.keys(dict.alcohol).sort()).toEqual(Object.keys(vi.alcohol).sort())
      expect(Object.values(dict.alcohol).every((s) => typeof s === "string" && s.length > 0)).toBe(true)
    }
  })
})
