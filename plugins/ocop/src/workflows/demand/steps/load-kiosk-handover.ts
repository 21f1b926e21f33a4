import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { DemandEventRow, HandoverCart, handoverRefusal, kioskHandoverEvents } from "../../../modules/demand/lib"
import { loadKioskLocations } from "./load-supply"

export type LoadKioskHandoverInput = { cart_id: string; location_key: string }

const toNumber = (value: unknown) => (value === null || value === undefined ? 0 : MathBN.convert(value as any).toNumber())

export const loadKioskHandoverStepId = "load-kiosk-handover"
/**
 * This step reads a kiosk cart handed over to a visitor's phone and turns
 * its lines into `kiosk_handover` events (products, units and value from
 * the cart itself). 404 for an unknown cart, 400 for a location that is not
 * a kiosk.
 */
export const loadKioskHandoverStep = createStep(
  loadKioskHandoverStepId,
  async (input: LoadKioskHandoverInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: [cart] }, kiosks] = await Promise.all([
      query.graph({
        entity: "cart",
        fields: ["id", "completed_at", "items.id", "items.product_id", "items.variant_id", "items.quantity", "items.unit_price"],
        filters: { id: input.cart_id },
      }),
      loadKioskLocations(container),
    ])
    const c = cart as any
    const handover: HandoverCart | null = c
      ? {
          id: c.id,
          completed_at: c.completed_at ?? null,
          items: (c.items ?? []).map((i: any) => ({
            id: i.id,
            product_id: i.product_id ?? null,
            variant_id: i.variant_id ?? null,
            quantity: toNumber(i.quantity),
            unit_price: toNumber(i.unit_price),
          })),
        }
      : null
    const refusal = handoverRefusal(handover, input.location_key, kiosks.map((k) => k.key))
    if (refusal) {
      throw new MedusaError(refusal.type === "not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA, refusal.message)
    }
    return new StepResponse<DemandEventRow[]>(kioskHandoverEvents(handover!, input.location_key, new Date()))
  }
)
