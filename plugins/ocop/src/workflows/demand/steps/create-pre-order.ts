import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import type DemandModuleService from "../../../modules/demand/service"

export const createPreOrderStepId = "create-pre-order"
/**
 * This step creates a pre-order record; compensation deletes it.
 */
export const createPreOrderStep = createStep(
  createPreOrderStepId,
  async (data: Record<string, unknown>, { container }) => {
    const created = await container.resolve<DemandModuleService>(DEMAND_MODULE).createPreOrders(data as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<DemandModuleService>(DEMAND_MODULE).deletePreOrders(id)
  }
)
