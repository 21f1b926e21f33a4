import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgeConfirmation } from "../../validators"
import { confirmCartAgeWorkflow } from "../../../../../workflows/alcohol/confirm-cart-age"

/** The buyer confirms being 18 or older (`{ confirmed_adult: true }`): needed to buy alcohol. */
export async function POST(req: MedusaRequest<AgeConfirmation>, res: MedusaResponse) {
  const { result } = await confirmCartAgeWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  res.json(result)
}
