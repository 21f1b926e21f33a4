import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { VAT_INVOICE_KEY, vatInvoiceProblem } from "../../lib/compliance"
import { assertDeliveryKeepsFresh, loadCartPerishables } from "../../workflows/delivery/delivery-facts"
import { assertAgeConfirmed, assertPaymentProviderAllowed, loadCartAlcohol } from "../../workflows/alcohol/alcohol-facts"
import { assertCheckoutConsent } from "./checkout-consent-guard"

/**
 * What must hold before a cart becomes an order:
 * - VAT invoice details on the cart (`metadata.vat_invoice`, however they got
 *   there) are valid: INVALID_DATA (400) naming the field otherwise;
 * - a perishable line added after the delivery was chosen still fits it;
 * - a cart with alcohol has the buyer's 18+ confirmation recorded by the
 *   server (`metadata.age_confirmed_at`) and no cash-on-delivery session
 *   unless sold in person at a kiosk (a line added after the payment was
 *   chosen is caught here): 400 otherwise;
 * - the buyer's personal-data consent is recorded where the cart needs it
 *   (`checkout-consent-guard.ts`).
 * (Medusa allows one handler on `completeCartWorkflow.hooks.validate`, and
 * the live-selling plugin holds it: this runs in front of the route.)
 */
export async function assertCartCompletable(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "metadata", "payment_collection.payment_sessions.provider_id"],
    filters: { id: cartId },
  })
  if (!cart) {
    return // Medusa's route answers 404
  }
  const invoice = (cart.metadata as Record<string, unknown> | null)?.[VAT_INVOICE_KEY]
  if (invoice != null) {
    const problem = vatInvoiceProblem(invoice)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid VAT invoice details: ${problem}`)
    }
  }
  assertCheckoutConsent(cart.metadata as Record<string, unknown> | null)
  const { optionIds } = await loadCartPerishables(container, cartId)
  await assertDeliveryKeepsFresh(container, cartId, optionIds)
  const alcohol = await loadCartAlcohol(container, cartId)
  if (alcohol?.alcohol.length) {
    assertAgeConfirmed(alcohol)
    for (const session of (cart as any).payment_collection?.payment_sessions ?? []) {
      assertPaymentProviderAllowed(alcohol, session.provider_id)
    }
  }
}

/** Middleware for `POST /store/carts/:id/complete`. */
export async function completeCartGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertCartCompletable(req.scope, req.params.id)
    next()
  } catch (e) {
    next(e)
  }
}
