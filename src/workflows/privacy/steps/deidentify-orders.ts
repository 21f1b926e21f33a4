import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { DEIDENTIFIED_ADDRESS, erasedEmail } from "../../../lib/privacy"
import type { ErasureSubject } from "./load-erasure-subject"

type Input = { customer_id: string; orders: ErasureSubject["orders"] }

export const deidentifyOrdersStepId = "deidentify-customer-orders"
/**
 * Orders stay (accounting), without the buyer's e-mail, name, phone and
 * street; amounts, items, dates and the province remain. Compensation puts
 * the previous values back.
 */
export const deidentifyOrdersStep = createStep(
  deidentifyOrdersStepId,
  async ({ customer_id, orders }: Input, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    if (orders.length) {
      await orderModule.updateOrders(orders.map((o) => ({ id: o.id, email: erasedEmail(customer_id) })))
      const addresses = orders.flatMap((o) => o.addresses.map((a) => ({ id: a.id, ...DEIDENTIFIED_ADDRESS })))
      if (addresses.length) {
        await orderModule.updateOrderAddresses(addresses as any)
      }
    }
    return new StepResponse(orders.length, orders)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const orderModule = container.resolve(Modules.ORDER)
    await orderModule.updateOrders(previous.map((o) => ({ id: o.id, email: o.email ?? undefined })))
    const addresses = previous.flatMap((o) => o.addresses)
    if (addresses.length) {
      await orderModule.updateOrderAddresses(addresses as any)
    }
  }
)
