import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KIOSK_ORDER_MODULE } from "../../../modules/kiosk-order"
import type KioskOrderModuleService from "../../../modules/kiosk-order/service"

/**
 * Stores the order under the kiosk's idempotency key (unique: a second
 * order for the same key fails here and the workflow rolls back).
 */
export const recordKioskOrderStep = createStep(
  "record-kiosk-order",
  async (input: { idempotency_key: string; order_id: string; location_key: string }, { container }) => {
    const service: KioskOrderModuleService = container.resolve(KIOSK_ORDER_MODULE)
    const record = await service.createKioskOrders(input)
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<KioskOrderModuleService>(KIOSK_ORDER_MODULE).deleteKioskOrders(id)
  }
)
