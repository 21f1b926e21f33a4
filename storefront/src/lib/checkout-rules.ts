/** Pure checkout input rules (unit-tested; no framework code). */

export type CheckoutInput = {
  email: string
  phone: string
  name: string
  street: string
  ward: string
  province: string
  optionId: string
  providerId: string
}

export type CheckoutProblem =
  | { code: "required"; field: keyof CheckoutInput }
  | { code: "email" }
  | { code: "phone" }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/** Vietnamese numbers: 0 or +84 followed by 9 digits (spaces, dots and dashes ignored). */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "")
  const m = compact.match(/^(?:\+?84|0)(\d{9})$/)
  return m ? `0${m[1]}` : null
}

/**
 * The first problem with the input, or null. The address is needed for
 * delivery only; at a kiosk, pickup needs no email (name and phone suffice).
 */
export function checkoutProblem(
  input: CheckoutInput,
  { pickup, emailOptional = false }: { pickup: boolean; emailOptional?: boolean }
): CheckoutProblem | null {
  const needed: (keyof CheckoutInput)[] = ["name", "phone", "optionId", "providerId"]
  if (!(pickup && emailOptional)) needed.splice(1, 0, "email")
  if (!pickup) needed.push("street", "ward", "province")
  for (const field of needed) if (!input[field].trim()) return { code: "required", field }
  if (input.email.trim() && !EMAIL.test(input.email.trim())) return { code: "email" }
  if (!normalisePhone(input.phone)) return { code: "phone" }
  return null
}

/** Splits a Vietnamese full name (family name first) into Medusa's first/last name. */
export function splitName(full: string): { first_name: string; last_name: string } {
  const parts = full.trim().split(/\s+/).filter(Boolean)
  if (parts.length < 2) return { first_name: parts[0] ?? "", last_name: "" }
  return { first_name: parts[parts.length - 1], last_name: parts.slice(0, -1).join(" ") }
}

export function joinName(first?: string | null, last?: string | null): string {
  return [last, first].filter((s) => s && s.trim()).join(" ")
}

/** Fields of the VAT invoice form, in the order they are shown. */
export const INVOICE_FIELDS = ["company_name", "tax_code", "address", "email"] as const
export type InvoiceField = (typeof INVOICE_FIELDS)[number]

/**
 * The invoice field a backend 400 message names: "tax_code: …",
 * "vat_invoice.email: …" or "Field 'company_name' …" (not the words of the text).
 */
export function invoiceFieldOf(message: string): InvoiceField | null {
  return INVOICE_FIELDS.find((f) => new RegExp(`(?:^|[\\s'.])${f}(?=[:'])`).test(message)) ?? null
}
