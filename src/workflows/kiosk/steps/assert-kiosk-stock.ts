import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { type KioskLine, stockShortfall } from "../kiosk-order-rules"

/**
 * Every line is in stock for the kiosk's sales channel; otherwise CONFLICT
 * (409) naming the first short item, before anything is written.
 */
export const assertKioskStockStep = createStep(
  "assert-kiosk-stock",
  async (input: { items: KioskLine[]; sales_channel_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = [...new Set(input.items.map((i) => i.variant_id))]
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "title", "manage_inventory", "allow_backorder", "product.title"],
      filters: { id: ids },
    })
    const missing = ids.find((id) => !variants.some((v: any) => v.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: unknown variant ${missing}`)
    }
    const availability = await getVariantAvailability(query as any, {
      variant_ids: ids,
      sales_channel_id: input.sales_channel_id,
    })
    const short = stockShortfall(
      input.items,
      variants.map((v: any) => ({
        id: v.id,
        title: `${v.product?.title ?? ""} (${v.title})`,
        limited: !!v.manage_inventory && !v.allow_backorder,
        available: availability[v.id]?.availability ?? 0,
      }))
    )
    if (short) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Out of stock: ${short.title} [${short.variant_id}]: ${short.available} available, ${short.wanted} asked`
      )
    }
    return new StepResponse(true)
  }
)
