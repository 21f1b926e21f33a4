import {
  acquireLockStep,
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  releaseLockStep,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { chooseShippingOptionStep } from "./steps/choose-shipping-option"
import { markClaimsOrderedStep } from "./steps/mark-claims-ordered"
import { recordClaimLineStep } from "./steps/record-claim-line"
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

/**
 * A held live claim becomes the caller's order in one request: under the
 * claim's lock (the one the claim-to-cart workflow takes), the claim's cart
 * (reused, or a new one) gets the claim's line at the live price, the
 * customer's e-mail and saved address, a shipping method and a payment
 * session of the chosen provider; the cart is completed (Medusa's own
 * completion, with its stock reservation and the live-claim checks) and the
 * claim is marked ordered. Any failure undoes the steps before it.
 */
export const placeLiveClaimOrderWorkflow = createWorkflow(
  "place-live-claim-order",
  (input: PlaceLiveClaimOrderInput) => {
    const lockKey = transform({ input }, ({ input }) => `live-claim:${input.claim_id}`)
    // waits behind the claim's cart attachment (or another order of it), then sees what it did
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const checked = validateClaimOrderStep(input)

    const created = when("live-order-new-cart", { checked }, ({ checked }) => !checked.cart_id).then(() =>
      createCartWorkflow.runAsStep({
        input: transform({ input, checked }, ({ input, checked }) => ({
          region_id: checked.region_id,
          sales_channel_id: input.sales_channel_id ?? undefined,
          customer_id: input.customer_id,
          email: checked.email,
          shipping_address: checked.address,
          billing_address: checked.address,
          items: [checked.item],
        })),
      })
    )
    when("live-order-reused-cart", { checked }, ({ checked }) => !!checked.cart_id).then(() =>
      updateCartWorkflow.runAsStep({
        input: transform({ checked }, ({ checked }) => ({
          id: checked.cart_id!,
          email: checked.email,
          shipping_address: checked.address,
          billing_address: checked.address,
        })),
      })
    )
    when("live-order-reused-cart-needs-line", { checked }, ({ checked }) => !!checked.cart_id && !checked.has_line).then(() =>
      addToCartWorkflow.runAsStep({
        input: transform({ checked }, ({ checked }) => ({ cart_id: checked.cart_id!, items: [checked.item] })),
      })
    )
    const cartId = transform({ checked, created }, ({ checked, created }) => (checked.cart_id ?? created?.id) as string)
    recordClaimLineStep({ claim_id: input.claim_id, cart_id: cartId })

    const options = listShippingOptionsForCartWorkflow.runAsStep({
      input: transform({ cartId }, ({ cartId }) => ({ cart_id: cartId, is_return: false, enabled_in_store: true })),
    })
    const option = chooseShippingOptionStep({ options, shipping_option_id: input.shipping_option_id })
    addShippingMethodToCartWorkflow.runAsStep({
      input: transform({ cartId, option }, ({ cartId, option }) => ({ cart_id: cartId, options: [{ id: option.id }] })),
    })

    const collection = when("live-order-needs-payment-collection", { checked }, ({ checked }) => !checked.payment_collection_id).then(
      () => createPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ cartId }, ({ cartId }) => ({ cart_id: cartId })) })
    )
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ checked, collection, input }, ({ checked, collection, input }) => ({
        payment_collection_id: (checked.payment_collection_id ?? collection?.id) as string,
        provider_id: input.provider_id,
        customer_id: input.customer_id,
      })),
    })

    const order = completeCartWorkflow.runAsStep({ input: transform({ cartId }, ({ cartId }) => ({ id: cartId })) })
    const orderId = transform({ order }, ({ order }) => order.id as string)
    markClaimsOrderedStep({ order_id: orderId })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ orderId, cartId }, ({ orderId, cartId }) => ({ order_id: orderId, cart_id: cartId })))
  }
)
