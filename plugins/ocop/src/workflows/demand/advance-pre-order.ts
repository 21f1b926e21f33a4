import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DemandEvents } from "../../modules/demand/events"
import { TransitionPreOrderInput, transitionPreOrderStep } from "./steps/transition-pre-order"

export type AdvancePreOrderInput = TransitionPreOrderInput

const EVENT = {
  harvest_ready: DemandEvents.PRE_ORDER_HARVEST_READY,
  fulfilled: DemandEvents.PRE_ORDER_FULFILLED,
  cancelled: DemandEvents.PRE_ORDER_CANCELLED,
} as const

export const advancePreOrderWorkflowId = "advance-pre-order"
/**
 * Marks a pre-order harvest-ready (the harvest is in), fulfilled (handed
 * over or delivered) or cancelled, and emits the matching event so the
 * buyer can be told.
 */
export const advancePreOrderWorkflow = createWorkflow(advancePreOrderWorkflowId, (input: AdvancePreOrderInput) => {
  const preOrder = transitionPreOrderStep(input)
  emitEventStep({
    eventName: transform({ input }, ({ input }) => EVENT[input.status]),
    data: transform({ preOrder }, ({ preOrder }) => ({ id: preOrder.id, product_id: preOrder.product_id, status: preOrder.status })),
  })
  return new WorkflowResponse(preOrder)
})
