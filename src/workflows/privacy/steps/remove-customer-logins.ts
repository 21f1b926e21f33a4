import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { ErasureSubject } from "./load-erasure-subject"

/** An identity that signs in only as this customer is deleted; one shared with another actor only loses the customer. */
function otherActors(appMetadata: Record<string, unknown> | null): Record<string, unknown> {
  const { customer_id, ...rest } = appMetadata ?? {}
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v != null && v !== ""))
}

export const removeCustomerLoginsStepId = "remove-customer-logins"
/**
 * The customer's logins go: their auth identities (with the e-mail/password
 * provider identity and its password hash) are deleted, so the old password
 * no longer signs in. The last step of erasure: nothing after it can fail
 * and need it undone.
 */
export const removeCustomerLoginsStep = createStep(
  removeCustomerLoginsStepId,
  async ({ identities }: { identities: ErasureSubject["auth_identities"] }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const shared = identities.filter((i) => Object.keys(otherActors(i.app_metadata)).length)
    const own = identities.filter((i) => !shared.includes(i))
    if (own.length) {
      await auth.deleteAuthIdentities(own.map((i) => i.id))
    }
    if (shared.length) {
      await auth.updateAuthIdentities(shared.map((i) => ({ id: i.id, app_metadata: otherActors(i.app_metadata) })))
    }
    return new StepResponse(identities.length)
  }
)
