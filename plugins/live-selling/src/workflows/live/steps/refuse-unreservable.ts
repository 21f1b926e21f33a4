import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InventoryToReserve } from "../../../modules/livestream/lib/live-order"

export type RefuseUnreservableInput = {
  variant_id: string
  sales_channel_id: string
  /** per order line, what to reserve; null: the line's stock cannot be reserved in the channel */
  items: (InventoryToReserve[] | null)[]
}

export const refuseUnreservableStepId = "refuse-unreservable-live-order"
/** This step refuses an order whose line cannot be reserved (as Medusa refuses such a cart), else passes the reservations on. */
export const refuseUnreservableStep = createStep(refuseUnreservableStepId, async (input: RefuseUnreservableInput) => {
  if (input.items.some((i) => i === null)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Sales channel ${input.sales_channel_id} is not associated with any stock location for variant ${input.variant_id}.`
    )
  }
  return new StepResponse({ items: input.items.flat() as InventoryToReserve[] })
})
