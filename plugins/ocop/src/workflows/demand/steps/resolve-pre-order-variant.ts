import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type PreOrderVariant = { variant_id: string; product_id: string; title: string; unit_price: number }

export const resolvePreOrderVariantStepId = "resolve-pre-order-variant"
/**
 * This step finds the variant to pre-order, its product and its lowest VND
 * price, and checks that the cart (when given) exists.
 */
export const resolvePreOrderVariantStep = createStep(
  resolvePreOrderVariantStepId,
  async (input: { variant_id: string; cart_id?: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [variant] } = await query.graph({
      entity: "variant",
      fields: ["id", "product_id", "product.title", "prices.amount", "prices.currency_code"],
      filters: { id: input.variant_id },
    })
    if (!variant) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    }
    const prices = ((variant as any).prices ?? [])
      .filter((p: any) => p.currency_code === "vnd")
      .map((p: any) => Number(p.amount))
    if (!prices.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${input.variant_id} has no VND price`)
    }
    if (input.cart_id) {
      const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: input.cart_id } })
      if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    }
    return new StepResponse<PreOrderVariant>({
      variant_id: variant.id,
      product_id: (variant as any).product_id,
      title: (variant as any).product?.title ?? variant.id,
      unit_price: Math.min(...prices),
    })
  }
)
