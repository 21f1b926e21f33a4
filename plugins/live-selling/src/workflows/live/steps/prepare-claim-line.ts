import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getClaim } from "../../../modules/livestream/store/claims"
import { getOffer } from "../../../modules/livestream/store/offers"
import { LIVE_LINE_METADATA, liveLineItem } from "../../../modules/livestream/lib/claim-lines"
import { liveContext } from "../../../live/live-context"

export type PrepareClaimLineInput = {
  claim_id: string
  cart_id: string
  /** The logged-in customer asking, if any. */
  customer_id?: string | null
}

const fail = (type: string, message: string) => new MedusaError(type, message)

export const prepareClaimLineStepId = "prepare-claim-line"
/**
 * This step checks that a claim can become a line of the cart (held, not
 * expired, for this cart and buyer, a VND cart still open) and finds the
 * line it already has there, if any (a retried call).
 */
export const prepareClaimLineStep = createStep(
  prepareClaimLineStepId,
  async (input: PrepareClaimLineInput, { container }) => {
    const { db } = liveContext(container)
    const claim = await getClaim(db, input.claim_id)
    if (!claim) {
      throw fail(MedusaError.Types.NOT_FOUND, `id: claim ${input.claim_id} not found`)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at", "customer_id", "currency_code", "items.id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const cart = data[0]
    if (!cart) {
      throw fail(MedusaError.Types.NOT_FOUND, `cart_id: cart ${input.cart_id} not found`)
    }
    if (cart.completed_at) {
      throw fail(MedusaError.Types.NOT_ALLOWED, "cart_id: the cart is already completed")
    }
    if (cart.currency_code !== "vnd") {
      throw fail(MedusaError.Types.INVALID_DATA, "cart_id: live prices are in VND; use a VND cart")
    }
    if (claim.cart_id && claim.cart_id !== cart.id) {
      throw fail(MedusaError.Types.INVALID_DATA, "cart_id: the claim is held for another cart")
    }
    if (claim.customer_id && input.customer_id && claim.customer_id !== input.customer_id) {
      throw fail(MedusaError.Types.FORBIDDEN, "id: the claim belongs to another customer")
    }
    if (!claim.cart_id && claim.customer_id && claim.customer_id !== input.customer_id) {
      throw fail(MedusaError.Types.FORBIDDEN, "id: log in as the claim's customer to choose its cart")
    }
    if (claim.customer_id && cart.customer_id && claim.customer_id !== cart.customer_id) {
      throw fail(MedusaError.Types.FORBIDDEN, "cart_id: the cart belongs to another customer")
    }
    if (claim.status !== "held") {
      throw fail(MedusaError.Types.NOT_ALLOWED, `id: the claim is ${claim.status}`)
    }
    if (new Date(claim.expires_at).getTime() <= Date.now()) {
      throw fail(MedusaError.Types.NOT_ALLOWED, "id: the claim has expired")
    }
    const offer = await getOffer(db, claim.offer_id)
    if (!offer) {
      throw fail(MedusaError.Types.NOT_FOUND, `id: the claim's offer ${claim.offer_id} no longer exists`)
    }
    const existing = (cart.items ?? []).find(
      (i: any) => i?.metadata?.[LIVE_LINE_METADATA.claim] === claim.id
    )
    return new StepResponse({
      claim,
      existing_line_id: (existing?.id as string | undefined) ?? null,
      item: liveLineItem(claim, offer),
    })
  }
)
