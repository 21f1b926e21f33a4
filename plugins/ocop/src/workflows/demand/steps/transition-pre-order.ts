import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DEMAND_MODULE } from "../../../modules/demand"
import { canTransition, PreOrderStatus } from "../../../modules/demand/lib"
import type DemandModuleService from "../../../modules/demand/service"

export type TransitionPreOrderInput = {
  id: string
  status: Exclude<PreOrderStatus, "reserved">
  reason?: string | null
}

const STAMP: Record<TransitionPreOrderInput["status"], "harvest_ready_at" | "fulfilled_at" | "cancelled_at"> = {
  harvest_ready: "harvest_ready_at",
  fulfilled: "fulfilled_at",
  cancelled: "cancelled_at",
}

export const transitionPreOrderStepId = "transition-pre-order"
/**
 * This step moves a pre-order along reserved → harvest_ready → fulfilled
 * (or to cancelled while open), stamping the time; any other move is a
 * conflict (409). Compensation restores the previous status.
 */
export const transitionPreOrderStep = createStep(
  transitionPreOrderStepId,
  async (input: TransitionPreOrderInput, { container }) => {
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const current = await demand.retrievePreOrder(input.id)
    if (!canTransition(current.status, input.status)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Pre-order ${input.id} is ${current.status}: it cannot become ${input.status}`
      )
    }
    const stamp = STAMP[input.status]
    const updated = await demand.updatePreOrders({
      id: input.id,
      status: input.status,
      [stamp]: new Date(),
      ...(input.status === "cancelled" ? { cancel_reason: input.reason ?? null } : {}),
    })
    return new StepResponse(updated, {
      id: input.id,
      status: current.status,
      [stamp]: current[stamp] ?? null,
      cancel_reason: current.cancel_reason ?? null,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<DemandModuleService>(DEMAND_MODULE).updatePreOrders(previous as any)
  }
)
