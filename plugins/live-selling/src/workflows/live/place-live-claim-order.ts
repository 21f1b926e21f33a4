import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeLiveClaimCartWorkflow } from "./complete-live-claim-cart"
import { createLiveClaimOrderWorkflow, type LiveOrderSummary } from "./create-live-claim-order"
import { chooseShippingOptionStep } from "./steps/choose-shipping-option"
import { loadLiveOrderFactsStep } from "./steps/load-live-order-facts"
import { validateClaimOrderStep } from "./steps/validate-claim-order"

export type PlaceLiveClaimOrderInput = {
  claim_id: string
  /** The signed-in customer asking (the claim must be theirs). */
  customer_id: string
  /** A payment provider id (cash on delivery, VietQR…), chosen by the route. */
  provider_id: string
  shipping_option_id?: string | null
  address_id?: string | null
  sales_channel_id?: string | null
}

export type PlaceLiveClaimOrderResult = {
  order_id: string
  cart_id: string | null
  /** what the answer needs, when the order was written from the claim (else read it back) */
  summary: LiveOrderSummary | null
}

/** What the store's `validate` hook is shown before anything is written. */
export type LiveClaimOrderToValidate = {
  claim_id: string
  customer_id: string
  /** the claim's open cart, when the order completes it (its metadata: consent, VAT invoice, age confirmation) */
  cart_id: string | null
  items: { variant_id: string; quantity: number; product: { id: string; title: string; metadata: Record<string, unknown> | null } }[]
  shipping_option_id: string
  provider_id: string
  sales_channel_id: string
}

/**
 * A held live claim becomes the caller's order in one request, under the
 * claim's lock (the one the claim-to-cart workflow takes): the claim is
 * checked, the shipping option priced for the saved address, the store may
 * veto (hook `validate`), then the order is written straight from the claim
 * (`create-live-claim-order`: no cart), or, when the claim already sits in
 * an open cart, that cart is completed (`complete-live-claim-cart`); either
 * marks the claim ordered. Any failure undoes the steps before it.
 */
export const placeLiveClaimOrderWorkflow = createWorkflow("place-live-claim-order", (input: PlaceLiveClaimOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => `live-claim:${input.claim_id}`)
  // waits behind the claim's cart attachment (or another order of it), then sees what it did
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const checked = validateClaimOrderStep(input)
  const facts = loadLiveOrderFactsStep({
    variant_id: checked.item.variant_id,
    region_id: checked.region_id,
    sales_channel_id: input.sales_channel_id,
    address: checked.address,
  })
  const option = chooseShippingOptionStep({ options: facts.shipping, shipping_option_id: input.shipping_option_id })

  const validate = createHook("validate", {
    order: transform({ input, checked, facts, option }, ({ input, checked, facts, option }): LiveClaimOrderToValidate => ({
      claim_id: input.claim_id,
      customer_id: input.customer_id,
      cart_id: checked.cart_id,
      items: [{
        variant_id: checked.item.variant_id,
        quantity: checked.item.quantity,
        product: { id: facts.variant.product.id, title: facts.variant.product.title, metadata: facts.variant.product.metadata ?? null },
      }],
      shipping_option_id: option.id,
      provider_id: input.provider_id,
      sales_channel_id: facts.sales_channel_id,
    })),
  })

  const direct = when("live-order-without-cart", { checked }, ({ checked }) => !checked.cart_id).then(() =>
    createLiveClaimOrderWorkflow.runAsStep({
      input: transform({ input, checked, facts, option }, ({ input, checked, facts, option }) => ({
        customer_id: input.customer_id,
        email: checked.email,
        region_id: checked.region_id,
        currency_code: facts.currency_code,
        automatic_taxes: facts.automatic_taxes,
        sales_channel_id: facts.sales_channel_id,
        address: checked.address,
        item: checked.item,
        variant: facts.variant,
        location_ids: facts.location_ids,
        shipping: facts.shipping.find((s) => s.id === option.id)!,
        provider_id: input.provider_id,
      })),
    })
  )
  const viaCart = when("live-order-from-cart", { checked }, ({ checked }) => !!checked.cart_id).then(() =>
    completeLiveClaimCartWorkflow.runAsStep({
      input: transform({ input, checked, option }, ({ input, checked, option }) => ({
        claim_id: input.claim_id,
        customer_id: input.customer_id,
        provider_id: input.provider_id,
        shipping_option_id: option.id,
        cart_id: checked.cart_id!,
        email: checked.email,
        address: checked.address,
        item: checked.item,
        has_line: checked.has_line,
        payment_collection_id: checked.payment_collection_id,
      })),
    })
  )
  const orderId = transform({ direct, viaCart }, ({ direct, viaCart }) => (direct?.order_id ?? viaCart?.order_id) as string)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ orderId, checked, direct }, ({ orderId, checked, direct }): PlaceLiveClaimOrderResult => ({
      order_id: orderId,
      cart_id: checked.cart_id,
      summary: direct?.summary ?? null,
    })),
    { hooks: [validate] }
  )
})
