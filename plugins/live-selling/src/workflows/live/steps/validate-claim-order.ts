import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getClaim } from "../../../modules/livestream/store/claims"
import { getOffer } from "../../../modules/livestream/store/offers"
import { LIVE_LINE_METADATA, liveLineItem } from "../../../modules/livestream/lib/claim-lines"
import { cartAddressOf, claimOrderRefusal, orderAddressOf, type SavedAddress } from "../../../modules/livestream/lib/claim-order"
import { liveContext } from "../../../live/live-context"

export type ValidateClaimOrderInput = {
  claim_id: string
  customer_id: string
  address_id?: string | null
}

const ERROR_TYPES = {
  403: MedusaError.Types.FORBIDDEN,
  404: MedusaError.Types.NOT_FOUND,
  409: MedusaError.Types.CONFLICT,
} as const

export const validateClaimOrderStepId = "validate-live-claim-order"
/**
 * This step checks that a claim can become the caller's order (the caller's,
 * held, not expired, not ordered), and gathers what its cart needs: the
 * claim's line, the customer's e-mail and saved address, the VND region and
 * the claim's open cart if it has one (reused). It writes nothing.
 */
export const validateClaimOrderStep = createStep(
  validateClaimOrderStepId,
  async (input: ValidateClaimOrderInput, { container }) => {
    const { db } = liveContext(container)
    const claim = await getClaim(db, input.claim_id)
    const refusal = claimOrderRefusal(claim, input.customer_id, new Date())
    if (refusal || !claim) {
      throw new MedusaError(ERROR_TYPES[refusal!.status], refusal!.message)
    }
    const offer = await getOffer(db, claim.offer_id)
    if (!offer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: the claim's offer ${claim.offer_id} no longer exists`)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: customers }, { data: carts }, { data: regions }] = await Promise.all([
      query.graph({ entity: "customer", fields: ["id", "email", "addresses.*"], filters: { id: input.customer_id } }),
      claim.cart_id
        ? query.graph({
            entity: "cart",
            fields: ["id", "completed_at", "region_id", "currency_code", "items.id", "items.metadata", "payment_collection.id"],
            filters: { id: claim.cart_id },
          })
        : Promise.resolve({ data: [] as any[] }),
      query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } }),
    ])
    const customer = customers[0]
    const saved = (customer?.addresses ?? []) as (SavedAddress & { id: string; is_default_shipping?: boolean | null })[]
    const address = orderAddressOf(saved, input.address_id)
    if (!address) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.address_id ? `address_id: not one of your saved addresses` : "address_id: save a delivery address first"
      )
    }
    const cart = carts.find((c: any) => !c.completed_at && c.currency_code === "vnd") ?? null
    const regionId = cart?.region_id ?? regions[0]?.id
    if (!regionId) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "the store has no VND region for live orders")
    }
    const line = (cart?.items ?? []).find((i: any) => i?.metadata?.[LIVE_LINE_METADATA.claim] === claim.id)
    return new StepResponse({
      claim_id: claim.id,
      item: liveLineItem(claim, offer),
      email: customer.email as string,
      address: cartAddressOf(address),
      region_id: regionId as string,
      cart_id: (cart?.id as string | undefined) ?? null,
      has_line: !!line,
      payment_collection_id: (cart?.payment_collection?.id as string | undefined) ?? null,
    })
  }
)
