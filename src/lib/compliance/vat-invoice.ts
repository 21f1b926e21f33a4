import { z } from "@medusajs/framework/zod"

/**
 * A Vietnamese enterprise tax code (mã số thuế, MST): 10 digits, or 10 digits,
 * a hyphen and 3 digits for a dependent unit (branch) (Circular 86/2024/TT-BTC,
 * Art. 5). Individuals use their 12-digit citizen ID from 01/07/2025; they
 * are not asked for here: a VAT invoice for a company needs the company's MST.
 */
export const TAX_CODE_PATTERN = /^\d{10}(-\d{3})?$/

export function isVietnameseTaxCode(value: string): boolean {
  return TAX_CODE_PATTERN.test(value)
}

/** Spaces and dots people type inside a tax code are dropped; the hyphen stays. */
export function normalizeTaxCode(value: string): string {
  return value.replace(/[\s.]/g, "")
}

/** What a buyer gives for a VAT e-invoice (hóa đơn GTGT điện tử). */
export const VatInvoiceSchema = z
  .object({
    company_name: z.string().trim().min(2, "company_name: 2 to 200 characters").max(200, "company_name: 2 to 200 characters"),
    tax_code: z
      .string()
      .transform(normalizeTaxCode)
      .refine(isVietnameseTaxCode, {
        message: "tax_code: must be 10 digits, or 10-3 digits for a branch (e.g. 0101234567 or 0101234567-001)",
      }),
    address: z.string().trim().min(5, "address: 5 to 300 characters").max(300, "address: 5 to 300 characters"),
    email: z.string().trim().email("email: must be an e-mail address").max(254, "email: at most 254 characters"),
  })
  .strict()

export type VatInvoice = z.infer<typeof VatInvoiceSchema>

/** Where a cart and its order keep the invoice details. */
export const VAT_INVOICE_KEY = "vat_invoice"

/** The first problem of a stored value as `field: message`, or null when it is a valid invoice. */
export function vatInvoiceProblem(value: unknown): string | null {
  const parsed = VatInvoiceSchema.safeParse(value)
  if (parsed.success) {
    return null
  }
  const issue = parsed.error.issues[0]
  const path = issue.path.map(String)
  const field = [VAT_INVOICE_KEY, ...path].join(".")
  // messages name their field ("tax_code: …") for Medusa's 400; not twice here
  const own = `${path.join(".")}: `
  const message = path.length && issue.message.startsWith(own) ? issue.message.slice(own.length) : issue.message
  return `${field}: ${message}`
}
