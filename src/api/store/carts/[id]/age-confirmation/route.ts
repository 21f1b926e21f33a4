import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AGE_CONFIRMED_AT_KEY } from "../../../../../lib/compliance"
import { setCartMetadataWorkflow } from "../../../../../workflows/cart/set-cart-metadata"
import type { AgeConfirmation } from "../../validators"

/**
 * The buyer confirms being 18 or older (`{ confirmed_adult: true }`): the
 * server's time goes into `metadata.age_confirmed_at` (clients cannot write
 * that key), which completing a cart with alcohol requires.
 */
export async function POST(req: MedusaRequest<AgeConfirmation>, res: MedusaResponse) {
  const { result } = await setCartMetadataWorkflow(req.scope).run({
    input: { cart_id: req.params.id, key: AGE_CONFIRMED_AT_KEY, value: new Date().toISOString() },
  })
  res.json({ cart_id: result.cart_id, age_confirmed_at: result.value })
}
