import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getClaim } from "../../../../../../modules/livestream/store/claims"
import { attachLiveClaimToCartWorkflow } from "../../../../../../workflows/live/attach-live-claim-to-cart"
import { liveContext } from "../../../../../../live/live-context"
import type { StorePostLiveClaimCartType } from "../../../validators"

/**
 * POST /store/live/claims/:id/cart `{ cart_id }`: puts a held claim in the
 * cart as a line at the live price (once; a retry answers the same line).
 * Called by the gateway right after `offer:claim` and safe to call from the
 * widget too. The claim id and the cart id are the credentials (as for
 * Medusa's guest carts); a logged-in customer must be the claim's.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePostLiveClaimCartType>, res: MedusaResponse) => {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const { result } = await attachLiveClaimToCartWorkflow(req.scope).run({
    input: { claim_id: req.params.id, cart_id: req.validatedBody.cart_id, customer_id: customerId },
  })
  const claim = (await getClaim(liveContext(req.scope).db, req.params.id))!
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "item_total", "total", "items.id", "items.title", "items.variant_id",
      "items.quantity", "items.unit_price", "items.compare_at_unit_price", "items.is_custom_price", "items.metadata"],
    filters: { id: result.cart_id },
  })
  res.json({
    claim: {
      id: claim.id,
      offer_id: claim.offer_id,
      status: claim.status,
      quantity: claim.quantity,
      price: claim.price,
      expires_at: new Date(claim.expires_at).toISOString(),
      cart_id: claim.cart_id,
      line_item_id: claim.line_item_id,
    },
    cart: data[0],
  })
}
