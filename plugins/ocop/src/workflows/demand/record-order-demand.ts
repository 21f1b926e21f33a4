import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachPreOrdersToOrderStep } from "./steps/attach-pre-orders-to-order"
import { loadOrderDemandStep } from "./steps/load-order-demand"
import { recordDemandEventsStep } from "./steps/record-demand-events"

export const recordOrderDemandWorkflowId = "record-order-demand"
/**
 * Server side of the demand signals for a placed order: an `order` event
 * per line item, and the cart's pre-orders linked to the order.
 */
export const recordOrderDemandWorkflow = createWorkflow(recordOrderDemandWorkflowId, (input: { order_id: string }) => {
  const demand = loadOrderDemandStep(input)
  const preOrders = attachPreOrdersToOrderStep(
    transform({ demand, input }, ({ demand, input }) => ({ cart_id: demand.cart_id, order_id: input.order_id }))
  )
  const recorded = recordDemandEventsStep(transform({ demand }, ({ demand }) => demand.rows))
  return new WorkflowResponse({ recorded, pre_orders: preOrders })
})
