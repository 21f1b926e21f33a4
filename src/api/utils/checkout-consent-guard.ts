import { MedusaError } from "@medusajs/framework/utils"
import { checkoutConsentMode, checkoutConsentProblem } from "../../lib/privacy"

/**
 * Decree 13/2023: a cart that needs the buyer's consent (the OCOP
 * storefront's carts; every cart with OCOP_CHECKOUT_CONSENT=all) becomes an
 * order only with a consent recorded by `POST /store/carts/:id/consent`.
 */
export function assertCheckoutConsent(metadata: Record<string, unknown> | null | undefined) {
  const problem = checkoutConsentProblem(metadata, checkoutConsentMode(process.env.OCOP_CHECKOUT_CONSENT))
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
}
