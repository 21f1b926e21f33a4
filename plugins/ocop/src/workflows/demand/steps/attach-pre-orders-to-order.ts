import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import type DemandModuleService from "../../../modules/demand/service"

export const attachPreOrdersToOrderStepId = "attach-pre-orders-to-order"
/**
 * This step links the pre-orders taken from a cart to the order that cart
 * became; compensation unlinks them.
 */
export const attachPreOrdersToOrderStep = createStep(
  attachPreOrdersToOrderStepId,
  async (input: { cart_id: string | null; order_id: string }, { container }) => {
    if (!input.cart_id) return new StepResponse([] as string[], [] as string[])
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const preOrders = await demand.listPreOrders({ cart_id: input.cart_id, order_id: null }, { select: ["id"] })
    if (!preOrders.length) return new StepResponse([] as string[], [] as string[])
    const ids = preOrders.map((p) => p.id)
    await demand.updatePreOrders(ids.map((id) => ({ id, order_id: input.order_id })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<DemandModuleService>(DEMAND_MODULE)
      .updatePreOrders(ids.map((id) => ({ id, order_id: null })))
  }
)
