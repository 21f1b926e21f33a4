import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { codPaymentsToCapture } from "./cod-delivery"

export const captureCodOnDeliveryWorkflowId = "capture-cod-on-delivery"

/**
 * Run on `delivery.created` ({ id: fulfillment id }): when the order is
 * fully delivered, capture its cash-on-delivery payment (the exact
 * authorized amount). Does nothing for other providers or partial deliveries.
 */
export const captureCodOnDeliveryWorkflow = createWorkflow(
  captureCodOnDeliveryWorkflowId,
  (input: WorkflowData<{ fulfillment_id: string }>) => {
    const { data: links } = useQueryGraphStep({
      entity: "order_fulfillment",
      fields: ["order_id"],
      filters: { fulfillment_id: input.fulfillment_id },
    }).config({ name: "cod-order-link" })

    const orderId = transform({ links }, ({ links }) => links[0]?.order_id ?? "")

    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "items.detail.quantity",
        "items.detail.delivered_quantity",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: orderId },
    }).config({ name: "cod-order" })

    const paymentId = transform({ orders }, ({ orders }) => codPaymentsToCapture(orders[0] as never)[0])

    when({ paymentId }, ({ paymentId }) => !!paymentId).then(() => {
      capturePaymentWorkflow.runAsStep({ input: { payment_id: paymentId } })
    })

    return new WorkflowResponse({ captured_payment_id: paymentId ?? null })
  }
)
