import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ErasureReport } from "../../lib/privacy"
import { deidentifyCustomerStep } from "./steps/deidentify-customer"
import { deidentifyOrdersStep } from "./steps/deidentify-orders"
import { deleteErasedAddressesStep } from "./steps/delete-customer-addresses"
import { loadErasureSubjectStep } from "./steps/load-erasure-subject"
import { removeCustomerLoginsStep } from "./steps/remove-customer-logins"

export type EraseCustomerInput = { customer_id: string; auth_identity_id?: string }

export const eraseCustomerWorkflowId = "erase-customer"

/**
 * A customer's request to delete their account and data (Decree 13/2023,
 * Art. 9 and 16): orders kept but de-identified, addresses deleted, the
 * customer de-identified, logins removed; answers what was done.
 */
export const eraseCustomerWorkflow = createWorkflow(eraseCustomerWorkflowId, (input: WorkflowData<EraseCustomerInput>) => {
  const lockKey = transform({ input }, ({ input }) => `erase:${input.customer_id}`)
  acquireLockStep({ key: lockKey, timeout: 2, ttl: 30 })
  const subject = loadErasureSubjectStep(input)
  const ordersDeidentified = deidentifyOrdersStep(
    transform({ subject, input }, ({ subject, input }) => ({ customer_id: input.customer_id, orders: subject.orders }))
  )
  const addressesDeleted = deleteErasedAddressesStep(transform({ subject }, ({ subject }) => ({ addresses: subject.addresses })))
  deidentifyCustomerStep(transform({ subject }, ({ subject }) => ({ customer: subject.customer })))
  const loginsRemoved = removeCustomerLoginsStep(
    transform({ subject }, ({ subject }) => ({ identities: subject.auth_identities }))
  )
  releaseLockStep({ key: lockKey })

  return new WorkflowResponse(
    transform(
      { input, subject, ordersDeidentified, addressesDeleted, loginsRemoved },
      (v): ErasureReport => ({
        customer_id: v.input.customer_id,
        erased_at: new Date().toISOString(),
        customer: "de-identified",
        addresses_deleted: v.addressesDeleted,
        logins_removed: v.loginsRemoved,
        orders_kept: v.subject.orders.length,
        orders_deidentified: v.ordersDeidentified,
      })
    )
  )
})
