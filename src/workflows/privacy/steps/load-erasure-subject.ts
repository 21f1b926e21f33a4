import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type ErasureSubject = {
  customer: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
    phone: string | null
    company_name: string | null
    metadata: Record<string, unknown> | null
    has_account: boolean
  }
  addresses: Record<string, any>[]
  orders: { id: string; email: string | null; addresses: Record<string, any>[] }[]
  auth_identities: { id: string; app_metadata: Record<string, unknown> | null }[]
}

const ADDRESS_FIELDS = ["id", "first_name", "last_name", "phone", "company", "address_1", "address_2", "postal_code"]

export const loadErasureSubjectStepId = "load-erasure-subject"
/**
 * Everything about one customer that erasure touches: the customer, their
 * saved addresses, their orders (with the orders' addresses) and the auth
 * identities that sign in as them (the caller's, and the e-mail login's).
 */
export const loadErasureSubjectStep = createStep(
  loadErasureSubjectStepId,
  async (input: { customer_id: string; auth_identity_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [customer] } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone", "company_name", "metadata", "has_account", "addresses.*"],
      filters: { id: input.customer_id },
    })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer id not found: ${input.customer_id}`)
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "email", ...ADDRESS_FIELDS.flatMap((f) => [`shipping_address.${f}`, `billing_address.${f}`])],
      filters: { customer_id: input.customer_id },
    })

    const auth = container.resolve(Modules.AUTH)
    const ids = new Set<string>(input.auth_identity_id ? [input.auth_identity_id] : [])
    if (customer.email) {
      const logins = await auth.listProviderIdentities({ entity_id: customer.email, provider: "emailpass" })
      logins.forEach((p) => p.auth_identity_id && ids.add(p.auth_identity_id))
    }
    const identities = ids.size ? await auth.listAuthIdentities({ id: [...ids] }) : []

    const { addresses, ...fields } = customer as any
    return new StepResponse<ErasureSubject>({
      customer: fields,
      addresses: (addresses ?? []).filter(Boolean),
      orders: orders.map((o: any) => ({
        id: o.id,
        email: o.email ?? null,
        addresses: [o.shipping_address, o.billing_address].filter(Boolean),
      })),
      auth_identities: identities
        // only identities that sign in as this customer
        .filter((i) => i.id === input.auth_identity_id || i.app_metadata?.customer_id === input.customer_id)
        .map((i) => ({ id: i.id, app_metadata: (i.app_metadata ?? null) as Record<string, unknown> | null })),
    })
  }
)
