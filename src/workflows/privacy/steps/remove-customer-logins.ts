import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { loginsToRemove } from "../../../lib/privacy"
import type { ErasureSubject } from "./load-erasure-subject"

export const removeCustomerLoginsStepId = "remove-customer-logins"
/**
 * The customer's logins go: auth identities that sign in only as them are
 * deleted (with the e-mail/password provider identity and its password
 * hash), so the old password no longer signs in; one shared with another
 * actor only loses the customer. The last step of erasure: nothing after it
 * can fail and need it undone.
 */
export const removeCustomerLoginsStep = createStep(
  removeCustomerLoginsStepId,
  async ({ identities }: { identities: ErasureSubject["auth_identities"] }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const plan = loginsToRemove(identities)
    if (plan.delete.length) {
      await auth.deleteAuthIdentities(plan.delete)
    }
    if (plan.unlink.length) {
      await auth.updateAuthIdentities(plan.unlink)
    }
    return new StepResponse(identities.length)
  }
)
