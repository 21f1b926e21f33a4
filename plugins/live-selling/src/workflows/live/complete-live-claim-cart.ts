import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markClaimsOrderedStep } from "./steps/mark-claims-ordered"
import { recordClaimLineStep } from "./steps/record-claim-line"

export type CompleteLiveClaimCartInput = {
  claim_id: string
  customer_id: string
  provider_id: string
  shipping_option_id: string
  /** the claim's open cart (the live widget's) */
  cart_id: string
  email: string
  address: Record<string, unknown>
  item: Record<string, unknown>
  has_line: boolean
  payment_collection_id: string | null
}

/**
 * A held claim that already sits in an open cart (the live widget's): that
 * cart gets the claim's line if it lacks it, the customer's e-mail and
 * address, the chosen shipping method and a payment session, and is
 * completed by Medusa (its stock reservation and the live-claim checks), so
 * the rest of the cart is ordered with it; the claim gets the order's id.
 */
export const completeLiveClaimCartWorkflow = createWorkflow("complete-live-claim-cart", (input: CompleteLiveClaimCartInput) => {
  updateCartWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      id: input.cart_id,
      email: input.email,
      shipping_address: input.address,
      billing_address: input.address,
    })),
  })
  when("live-order-cart-needs-line", { input }, ({ input }) => !input.has_line).then(() =>
    addToCartWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, items: [input.item as any] })),
    })
  )
  recordClaimLineStep({ claim_id: input.claim_id, cart_id: input.cart_id })
  addShippingMethodToCartWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, options: [{ id: input.shipping_option_id }] })),
  })
  const collection = when("live-order-cart-needs-payment-collection", { input }, ({ input }) => !input.payment_collection_id).then(
    () => createPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id })) })
  )
  createPaymentSessionsWorkflow.runAsStep({
    input: transform({ input, collection }, ({ input, collection }) => ({
      payment_collection_id: (input.payment_collection_id ?? collection?.id) as string,
      provider_id: input.provider_id,
      customer_id: input.customer_id,
    })),
  })
  const order = completeCartWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ id: input.cart_id })) })
  // the completion converted the claim (hook on completeCartWorkflow); this stamps the order on it
  markClaimsOrderedStep({ order_id: order.id })
  return new WorkflowResponse(transform({ order }, ({ order }) => ({ order_id: order.id as string })))
})
