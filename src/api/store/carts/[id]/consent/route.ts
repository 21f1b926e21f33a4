import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSENT_KEY, consentRecord, type PostCartConsent } from "../../../../../lib/privacy"
import { setCartMetadataWorkflow } from "../../../../../workflows/cart/set-cart-metadata"

/**
 * The buyer agrees to the privacy notice (Decree 13/2023): the cart keeps
 * `personal_data_consent: { version, at }` with the server's time, and the
 * order inherits it.
 */
export async function POST(req: MedusaRequest<PostCartConsent>, res: MedusaResponse) {
  const { result } = await setCartMetadataWorkflow(req.scope).run({
    input: { cart_id: req.params.id, key: CONSENT_KEY, value: consentRecord(new Date()) },
  })
  res.json({ cart_id: result.cart_id, [CONSENT_KEY]: result.value })
}
