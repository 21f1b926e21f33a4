import { isVietnameseTaxCode, normalizeTaxCode, VatInvoiceSchema, vatInvoiceProblem } from "../vat-invoice"

const valid = {
  company_name: "Công ty TNHH Nông sản Xứ Lạng",
  tax_code: "4900123456",
  address: "211 Trần Đăng Ninh, phường Đông Kinh, Lạng Sơn",
  email: "ketoan@xulang.vn",
}

describe("Vietnamese tax codes (MST)", () => {
  it.each([
    ["4900123456", true],
    ["0101234567-001", true],
    ["490012345", false],
    ["49001234567", false],
    ["4900123456-01", false],
    ["4900123456-0011", false],
    ["4900123456001", false],
    ["49001234AB", false],
    ["079123456789", false],
    ["", false],
  ])("%s → %s", (code, ok) => {
    expect(isVietnameseTaxCode(code)).toEqual(ok)
  })

  it("drops spaces and dots people type, keeps the branch hyphen", () => {
    expect(normalizeTaxCode(" 0101.234.567 - 001 ")).toEqual("0101234567-001")
  })
})

describe("VAT invoice details", () => {
  it("accepts a complete invoice and normalises it", () => {
    expect(VatInvoiceSchema.parse({ ...valid, tax_code: "4900 123 456", company_name: "  Công ty A  " })).toEqual({
      ...valid,
      company_name: "Công ty A",
    })
    expect(vatInvoiceProblem(valid)).toBeNull()
  })

  it("names the first field in trouble", () => {
    expect(vatInvoiceProblem({ ...valid, tax_code: "12345" })).toEqual(
      "vat_invoice.tax_code: must be 10 digits, or 10-3 digits for a branch (e.g. 0101234567 or 0101234567-001)"
    )
    expect(vatInvoiceProblem({ ...valid, email: "not-an-email" })).toMatch(/^vat_invoice\.email: /)
    expect(vatInvoiceProblem({ ...valid, address: undefined })).toMatch(/^vat_invoice\.address: /)
    expect(vatInvoiceProblem({ ...valid, company_name: " " })).toMatch(/^vat_invoice\.company_name: /)
    expect(vatInvoiceProblem({ ...valid, extra: 1 })).toMatch(/^vat_invoice: /)
    expect(vatInvoiceProblem("yes")).toMatch(/^vat_invoice: /)
  })
})
