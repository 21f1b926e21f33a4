import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PostCartConsent } from "../../../../../lib/privacy"
import { recordCartConsentWorkflow } from "../../../../../workflows/privacy/record-cart-consent"

/** The buyer agrees to the privacy notice (Decree 13/2023): recorded with the server's time. */
export async function POST(req: MedusaRequest<PostCartConsent>, res: MedusaResponse) {
  const { result } = await recordCartConsentWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  res.json(result)
}
