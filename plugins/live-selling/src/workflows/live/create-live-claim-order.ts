import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  createOrdersStep,
  createPaymentCollectionsStep,
  createPaymentSessionsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  getItemTaxLinesStep,
  reserveInventoryStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { EventPriority, Modules, OrderStatus, OrderWorkflowEvents, ReservationItemWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  inventoryToReserveOf,
  liveOrderLineOf,
  liveOrderShippingMethodOf,
  orderTaxLinesOf,
  type LiveOrderItem,
  type LiveOrderShipping,
  type LiveOrderVariant,
} from "../../modules/livestream/lib/live-order"
import { LIVE_LINE_METADATA } from "../../modules/livestream/lib/claim-lines"
import { markClaimsOrderedStep } from "./steps/mark-claims-ordered"
import { refuseUnreservableStep } from "./steps/refuse-unreservable"

/** References tying the computed tax lines to the line and shipping method before they exist. */
const LIVE_LINE_REF = "live-order-line"
const LIVE_SHIPPING_REF = "live-order-shipping"

/** What the one-step route answers with, known once the order is written. */
export type LiveOrderSummary = {
  id: string
  display_id: number
  total: number
  currency_code: string
  payment_status: string | null
  payment_data: Record<string, unknown> | null
}

export type CreateLiveClaimOrderInput = {
  customer_id: string
  email: string
  region_id: string
  currency_code: string
  /** the region computes taxes (Medusa's `automatic_taxes`) */
  automatic_taxes: boolean
  sales_channel_id: string
  address: Record<string, unknown>
  item: LiveOrderItem
  variant: LiveOrderVariant
  location_ids: string[]
  shipping: LiveOrderShipping
  provider_id: string
}

/**
 * A held claim's order, written straight from the claim (no cart): the
 * order with its line at the live price and the chosen shipping method,
 * with the tax module's tax lines, the line's stock reservation, a payment collection of the order's
 * total with a session of the chosen provider, authorized (cash on delivery)
 * or awaiting the transfer (VietQR); the claim converted to the order; then
 * `order.placed`. Medusa's building blocks, each undone if a later one fails.
 */
export const createLiveClaimOrderWorkflow = createWorkflow("create-live-claim-order", (input: CreateLiveClaimOrderInput) => {
  // the tax module's lines for the line and the shipping, computed before the order is written (in it, not after it)
  const taxLines = getItemTaxLinesStep(
    transform({ input }, ({ input }) => ({
      orderOrCart: {
        currency_code: input.currency_code,
        region: { automatic_taxes: input.automatic_taxes },
        shipping_address: input.address,
        customer: { id: input.customer_id, email: input.email },
        shipping_methods: [{ id: LIVE_SHIPPING_REF, name: input.shipping.name, shipping_option_id: input.shipping.id, amount: input.shipping.amount }],
      },
      items: [{ id: LIVE_LINE_REF, product_id: input.variant.product.id, product_type_id: input.variant.product.type?.id, quantity: input.item.quantity, unit_price: input.item.unit_price }],
      shipping_methods: [{ id: LIVE_SHIPPING_REF, shipping_option_id: input.shipping.id, amount: input.shipping.amount }],
    })) as any
  )
  const orderData = transform({ input, taxLines }, ({ input, taxLines }) => ({
    region_id: input.region_id,
    customer_id: input.customer_id,
    sales_channel_id: input.sales_channel_id,
    status: OrderStatus.PENDING,
    email: input.email,
    currency_code: input.currency_code,
    shipping_address: input.address,
    billing_address: input.address,
    no_notification: false,
    items: [{ ...liveOrderLineOf(input.item, input.variant), tax_lines: orderTaxLinesOf(taxLines.lineItemTaxLines as any) }],
    shipping_methods: [{ ...liveOrderShippingMethodOf(input.shipping), tax_lines: orderTaxLinesOf(taxLines.shippingMethodsTaxLines as any) }],
  }))
  const created = createOrdersStep([orderData] as any)
  const order = transform({ created }, ({ created }) => created[0])

  const toReserve = transform({ order, input }, ({ order, input }) =>
    (order.items ?? []).map((line) =>
      inventoryToReserveOf({ id: line.id, quantity: Number(line.quantity) }, input.variant, input.location_ids)
    )
  )
  const reservable = refuseUnreservableStep({ variant_id: input.item.variant_id, sales_channel_id: input.sales_channel_id, items: toReserve })
  const reservations = reserveInventoryStep(reservable)

  const { data: totals } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "display_id", "total", "currency_code"],
    filters: { id: order.id },
  }).config({ name: "live-order-total" })
  const collections = createPaymentCollectionsStep(
    transform({ totals }, ({ totals }) => [{ currency_code: totals[0].currency_code, amount: totals[0].total }]) as any
  )
  const collectionId = transform({ collections }, ({ collections }) => collections[0].id as string)
  createRemoteLinkStep(
    transform({ order, collectionId }, ({ order, collectionId }) => [
      { [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: collectionId } },
    ])
  )
  const session = createPaymentSessionsWorkflow.runAsStep({
    input: transform({ collectionId, input }, ({ collectionId, input }) => ({
      payment_collection_id: collectionId,
      provider_id: input.provider_id,
      customer_id: input.customer_id,
    })),
  })
  markClaimsOrderedStep({ order_id: order.id, claim_ids: [input.item.metadata[LIVE_LINE_METADATA.claim] as string] })

  const payment = authorizePaymentSessionStep({ id: session.id })
  addOrderTransactionStep(
    transform({ payment, order }, ({ payment, order }) =>
      (payment?.captures ?? []).map((capture: any) => ({
        order_id: order.id,
        amount: capture.raw_amount ?? capture.amount,
        currency_code: payment!.currency_code,
        reference: "capture",
        reference_id: capture.id,
      }))
    )
  )
  emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: { id: order.id }, options: { priority: EventPriority.CRITICAL } }).config({ name: "emit-live-order-placed" })
  emitEventStep({
    eventName: ReservationItemWorkflowEvents.CREATED,
    data: transform({ reservations, order }, ({ reservations, order }) =>
      (reservations ?? []).map((r: any) => ({ id: r.id, order_id: order.id }))
    ),
  }).config({ name: "emit-live-order-reservations" })
  const { data: sessions } = useQueryGraphStep({
    entity: "payment_session",
    fields: ["id", "status", "data"],
    filters: { id: session.id },
  }).config({ name: "live-order-payment-session" })
  return new WorkflowResponse(
    transform({ totals, sessions }, ({ totals, sessions }): { order_id: string; summary: LiveOrderSummary } => ({
      order_id: totals[0].id as string,
      summary: {
        id: totals[0].id as string,
        display_id: totals[0].display_id as number,
        total: Number(totals[0].total),
        currency_code: totals[0].currency_code as string,
        payment_status: (sessions[0]?.status as string | undefined) ?? null,
        payment_data: (sessions[0]?.data as Record<string, unknown> | undefined) ?? null,
      },
    }))
  )
})
