import { planVatRates, VatRateSpec } from "../vat-plan"

const specs: VatRateSpec[] = [
  { vat_class: "standard", code: "VAT", name: "VAT", is_default: true },
  { vat_class: "farm_produce", code: "VAT_FARM", name: "VAT farm", is_default: false, product_type_id: "ptyp_farm" },
  { vat_class: "excise_goods", code: "VAT_EXCISE", name: "VAT excise", is_default: false, product_type_id: "ptyp_excise" },
]
const dec2026 = new Date("2026-12-04T00:00:00Z")
const jan2027 = new Date("2027-01-01T00:00:00+07:00")

describe("planVatRates", () => {
  it("turns the old flat 8 % default into the standard rate and adds the per-type rates", () => {
    const plan = planVatRates({
      tax_region_id: "txreg_vn",
      existing: [{ id: "txr_1", code: "VAT8", name: "VAT", rate: 8, is_default: true }],
      specs,
      at: dec2026,
    })
    expect(plan).toEqual({
      update: [{ id: "txr_1", code: "VAT", name: "VAT", rate: 8 }],
      create: [
        {
          tax_region_id: "txreg_vn",
          code: "VAT_FARM",
          name: "VAT farm",
          rate: 5,
          is_default: false,
          rules: [{ reference: "product_type", reference_id: "ptyp_farm" }],
          metadata: { vat_class: "farm_produce" },
        },
        {
          tax_region_id: "txreg_vn",
          code: "VAT_EXCISE",
          name: "VAT excise",
          rate: 10,
          is_default: false,
          rules: [{ reference: "product_type", reference_id: "ptyp_excise" }],
          metadata: { vat_class: "excise_goods" },
        },
      ],
    })
  })

  const upToDate = [
    { id: "txr_1", code: "VAT", name: "VAT", rate: 8, is_default: true, rules: [] },
    { id: "txr_2", code: "VAT_FARM", name: "VAT farm", rate: 5, is_default: false, rules: [{ reference: "product_type", reference_id: "ptyp_farm" }] },
    { id: "txr_3", code: "VAT_EXCISE", name: "VAT excise", rate: 10, is_default: false, rules: [{ reference: "product_type", reference_id: "ptyp_excise" }] },
    { id: "txr_other", code: "CUSTOM", name: "Someone's own", rate: 0, is_default: false, rules: [] },
  ]

  it("changes nothing when the rates are those of the day", () => {
    expect(planVatRates({ tax_region_id: "txreg_vn", existing: upToDate, specs, at: dec2026 })).toEqual({ create: [], update: [] })
  })

  it("raises the default to 10 % on 1 January 2027 and leaves the other rates", () => {
    expect(planVatRates({ tax_region_id: "txreg_vn", existing: upToDate, specs, at: jan2027 })).toEqual({
      create: [],
      update: [{ id: "txr_1", code: "VAT", name: "VAT", rate: 10 }],
    })
  })

  it("points a rate back at its product type when its rule changed, and skips specs without a type", () => {
    const existing = upToDate.map((r) => (r.id === "txr_2" ? { ...r, rules: [{ reference: "product", reference_id: "prod_1" }] } : r))
    const withoutType = specs.map((s) => (s.code === "VAT_EXCISE" ? { ...s, product_type_id: undefined } : s))
    expect(planVatRates({ tax_region_id: "txreg_vn", existing, specs: withoutType, at: dec2026 })).toEqual({
      create: [],
      update: [{ id: "txr_2", code: "VAT_FARM", name: "VAT farm", rate: 5, rules: [{ reference: "product_type", reference_id: "ptyp_farm" }] }],
    })
  })
})
