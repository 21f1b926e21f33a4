import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DemandEvents } from "../../modules/demand/events"
import { createPreOrderStep } from "./steps/create-pre-order"
import { resolvePreOrderVariantStep } from "./steps/resolve-pre-order-variant"
import { PreOrderRequest, validatePreOrderStep } from "./steps/validate-pre-order"

export type CreatePreOrderInput = PreOrderRequest

export const createPreOrderWorkflowId = "create-pre-order"
/**
 * Takes a pre-order for a coming harvest (cash on delivery or a 30%
 * deposit). Pre-orders of one product are taken one at a time, so two
 * buyers cannot both get the last units of the expected volume.
 */
export const createPreOrderWorkflow = createWorkflow(createPreOrderWorkflowId, (input: CreatePreOrderInput) => {
  const variant = resolvePreOrderVariantStep(input)
  const lockKey = transform({ variant }, ({ variant }) => `demand-pre-order:${variant.product_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const data = validatePreOrderStep({ input, variant })
  const preOrder = createPreOrderStep(data)
  releaseLockStep({ key: lockKey })
  emitEventStep({
    eventName: DemandEvents.PRE_ORDER_CREATED,
    data: transform({ preOrder }, ({ preOrder }) => ({ id: preOrder.id, product_id: preOrder.product_id })),
  })
  return new WorkflowResponse(preOrder)
})
