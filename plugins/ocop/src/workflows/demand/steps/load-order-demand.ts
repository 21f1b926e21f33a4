import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { DemandEventRow, toEventRow } from "../../../modules/demand/lib"

export type OrderDemand = { rows: DemandEventRow[]; cart_id: string | null }

/** Order amounts and quantities come as big numbers. */
const toNumber = (value: unknown) => (value === null || value === undefined ? 0 : MathBN.convert(value as any).toNumber())

/** Kiosk key of a pickup shipping option ("pickup-ky-lua" → "ky-lua"), else null. */
const kioskOf = (code: string | undefined | null) => (code?.startsWith("pickup-") ? code.slice("pickup-".length) : null)

export const loadOrderDemandStepId = "load-order-demand"
/**
 * This step turns a placed order into `order` demand events, one per line
 * item (quantity, line total in VND), each with a `ref` so a retried
 * subscriber records it once; the value is unit price × quantity (VND,
 * prices include VAT). A pickup at a kiosk puts the kiosk's key on the
 * events. Nothing about the buyer is copied.
 */
export const loadOrderDemandStep = createStep(loadOrderDemandStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "created_at",
      // the quantity lives on the order item detail: "items.*" maps it, naming it does not
      "items.*",
      "shipping_methods.shipping_option.type.code",
      "cart.id",
    ],
    filters: { id: input.order_id },
  })
  if (!order) return new StepResponse<OrderDemand>({ rows: [], cart_id: null })
  const o = order as any
  const location = (o.shipping_methods ?? []).map((m: any) => kioskOf(m?.shipping_option?.type?.code)).find(Boolean) ?? null
  const rows = (o.items ?? [])
    .filter((item: any) => item.product_id)
    .map((item: any) =>
      toEventRow(
        {
          kind: "order",
          occurred_at: new Date(o.created_at).toISOString(),
          product_id: item.product_id,
          variant_id: item.variant_id ?? undefined,
          quantity: Math.max(1, Math.round(toNumber(item.quantity))),
          value: Math.max(0, Math.round(toNumber(item.unit_price) * toNumber(item.quantity))),
          location_key: location ?? undefined,
        },
        "server",
        `order:${o.id}:${item.id}`
      )
    )
  return new StepResponse<OrderDemand>({ rows, cart_id: o.cart?.id ?? null })
})
