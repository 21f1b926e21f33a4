import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AGE_CONFIRMED_AT_KEY } from "../../lib/compliance"
import { assertPaymentProviderAllowed, cartIdOfPaymentCollection, loadCartAlcohol } from "../../workflows/alcohol/alcohol-facts"

const strip = (body: any) => {
  if (body?.metadata && typeof body.metadata === "object") {
    delete body.metadata[AGE_CONFIRMED_AT_KEY]
  }
}

/**
 * `POST /store/carts[/:id]`: a client's `metadata.age_confirmed_at` is
 * dropped; only `POST /store/carts/:id/age-confirmation` writes it, with the
 * server's time.
 */
export function stripClientAgeConfirmation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  strip(req.body)
  strip((req as any).validatedBody)
  next()
}

/** `POST /store/payment-collections/:id/payment-sessions`: no cash on delivery for alcohol bought online (400). */
export async function codAlcoholGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
    if (typeof providerId === "string") {
      const cartId = await cartIdOfPaymentCollection(req.scope, req.params.id)
      const facts = cartId ? await loadCartAlcohol(req.scope, cartId) : null
      if (facts) {
        assertPaymentProviderAllowed(facts, providerId)
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}
