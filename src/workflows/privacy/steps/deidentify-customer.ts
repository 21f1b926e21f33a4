import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { deidentifiedCustomer } from "../../../lib/privacy"
import type { ErasureSubject } from "./load-erasure-subject"

export const deidentifyCustomerStepId = "deidentify-customer"
/**
 * The customer row stays (orders point to it) with nothing personal: e-mail
 * replaced, name, phone, company and metadata (consent records included)
 * cleared, no account. Compensation restores the previous values.
 */
export const deidentifyCustomerStep = createStep(
  deidentifyCustomerStepId,
  async ({ customer }: { customer: ErasureSubject["customer"] }, { container }) => {
    await container
      .resolve(Modules.CUSTOMER)
      .updateCustomers(customer.id, { ...deidentifiedCustomer(customer.id), has_account: false } as any)
    return new StepResponse(true, customer)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const { id, ...fields } = previous
    await container.resolve(Modules.CUSTOMER).updateCustomers(id, fields as any)
  }
)
