/**
 * What erasing a customer's account leaves behind (Decree 13/2023, Art. 16:
 * the data subject may ask for deletion; the Law on Accounting keeps the
 * orders, so they stay, without what identifies the person).
 */

/** An address under the reserved `.invalid` domain (RFC 2606): unique, never deliverable. */
export function erasedEmail(customerId: string): string {
  return `${customerId.toLowerCase()}@erased.invalid`
}

export function isErasedEmail(email: string | null | undefined): boolean {
  return typeof email === "string" && email.endsWith("@erased.invalid")
}

/** The customer row after erasure: the id stays (orders point to it), nothing personal. */
export function deidentifiedCustomer(customerId: string) {
  return {
    email: erasedEmail(customerId),
    first_name: null,
    last_name: null,
    phone: null,
    company_name: null,
    metadata: null,
  }
}

/** An order's address after erasure: who and where (street, phone) go; the province stays for the books. */
export const DEIDENTIFIED_ADDRESS = {
  first_name: null,
  last_name: null,
  phone: null,
  company: null,
  address_1: null,
  address_2: null,
  postal_code: null,
} as const

/** The answer of `POST /store/customers/me/erase`: what was done. */
export type ErasureReport = {
  customer_id: string
  erased_at: string
  customer: "de-identified"
  addresses_deleted: number
  logins_removed: number
  orders_kept: number
  orders_deidentified: number
}

export type AuthIdentityRef = { id: string; app_metadata: Record<string, unknown> | null }

/**
 * Which logins erasure deletes and which it only unlinks: an auth identity
 * that signs in only as the customer is deleted (with its password); one
 * that also signs in as another actor (an admin user, a producer) keeps that
 * actor and loses the customer.
 */
export function loginsToRemove(identities: AuthIdentityRef[]): {
  delete: string[]
  unlink: { id: string; app_metadata: Record<string, unknown> }[]
} {
  const plan = { delete: [] as string[], unlink: [] as { id: string; app_metadata: Record<string, unknown> }[] }
  for (const identity of identities) {
    const { customer_id: _customer, ...rest } = identity.app_metadata ?? {}
    const others = Object.fromEntries(Object.entries(rest).filter(([, v]) => v != null && v !== ""))
    if (Object.keys(others).length) {
      plan.unlink.push({ id: identity.id, app_metadata: others })
    } else {
      plan.delete.push(identity.id)
    }
  }
  return plan
}
