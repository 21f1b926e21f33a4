import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertKioskStockStep } from "./steps/assert-kiosk-stock"
import { assignKioskVietQrReferenceStep } from "./steps/assign-kiosk-vietqr-reference"
import { guardKioskCartStep } from "./steps/guard-kiosk-cart"
import { recordKioskOrderStep } from "./steps/record-kiosk-order"
import { resolveKioskPointStep } from "./steps/resolve-kiosk-point"
import { KIOSK_PROVIDERS, mergeLines, type KioskLine, type KioskPayment } from "./kiosk-order-rules"

export type PlaceKioskOrderInput = {
  idempotency_key: string
  location: string
  payment: KioskPayment
  items: KioskLine[]
  /** from the kiosk's publishable key */
  sales_channel_id: string
}

export const placeKioskOrderWorkflowId = "place-kiosk-order"

/**
 * One kiosk order, pickup at the stall: stock checked first (409 naming the
 * item, nothing written), then a cart on the kiosk's sales channel, the
 * pickup shipping method, the payment session (cash: system provider;
 * VietQR: pending transfer under the reference derived from the
 * idempotency key, the one the kiosk's QR showed) and completion; the order is recorded under the
 * kiosk's idempotency key. The caller holds the key's lock and answers a
 * key already recorded with its order (see `api/store/kiosk/orders`).
 */
export const placeKioskOrderWorkflow = createWorkflow(
  placeKioskOrderWorkflowId,
  (input: WorkflowData<PlaceKioskOrderInput>) => {
    const point = resolveKioskPointStep({ location: input.location })
    const items = transform({ input }, ({ input }) => mergeLines(input.items))
    assertKioskStockStep({ items, sales_channel_id: input.sales_channel_id })

    const cartInput = transform({ input, point, items }, ({ input, point, items }) => ({
      region_id: point.region_id,
      sales_channel_id: input.sales_channel_id,
      items,
      metadata: { delivery: "pickup", pickup_location: input.location, kiosk_order_key: input.idempotency_key },
    }))
    const cart = createCartWorkflow.runAsStep({ input: cartInput })
    const cartId = transform({ cart }, ({ cart }) => cart.id)

    addShippingMethodToCartWorkflow.runAsStep({
      input: transform({ cartId, point }, ({ cartId, point }) => ({
        cart_id: cartId,
        options: [{ id: point.shipping_option_id }],
      })),
    })
    const collection = createPaymentCollectionForCartWorkflow.runAsStep({
      input: transform({ cartId }, ({ cartId }) => ({ cart_id: cartId })),
    })
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ collection, input }, ({ collection, input }) => ({
        payment_collection_id: (collection as any).id,
        provider_id: KIOSK_PROVIDERS[input.payment],
      })),
    })
    assignKioskVietQrReferenceStep(
      transform({ collection, input }, ({ collection, input }) => ({
        payment_collection_id: (collection as any).id,
        idempotency_key: input.idempotency_key,
        payment: input.payment,
      }))
    )
    guardKioskCartStep({ cart_id: cartId })
    const order = completeCartWorkflow.runAsStep({ input: transform({ cartId }, ({ cartId }) => ({ id: cartId })) })

    const record = recordKioskOrderStep(
      transform({ input, order }, ({ input, order }) => ({
        idempotency_key: input.idempotency_key,
        order_id: order.id,
        location_key: input.location,
      }))
    )
    return new WorkflowResponse(transform({ record }, ({ record }) => ({ order_id: record.order_id })))
  }
)
