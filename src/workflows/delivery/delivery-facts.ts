import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deliveryConstraints, PerishableLine, ShippingOptionTransit } from "../../lib/compliance"

/** The cart's lines with their products' shelf life, and its chosen shipping option ids. */
export async function loadCartPerishables(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.product_id", "items.product_title", "shipping_methods.shipping_option_id"],
    filters: { id: cartId },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  }
  const productIds = [...new Set((cart.items ?? []).map((i: any) => i?.product_id).filter(Boolean))] as string[]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "metadata"], filters: { id: productIds } })
    : { data: [] as any[] }
  const lines: PerishableLine[] = products.map((p: any) => ({
    product_id: p.id,
    title: p.title,
    shelf_life_days: p.metadata?.shelf_life_days,
  }))
  const optionIds = (cart.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).filter(Boolean) as string[]
  return { cart, lines, optionIds }
}

/** Shipping options with what says how long they take (type code, metadata). */
export async function loadShippingTransit(container: MedusaContainer, optionIds?: string[]): Promise<ShippingOptionTransit[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "metadata", "type.code"],
    ...(optionIds ? { filters: { id: optionIds } } : {}),
  })
  return data.map((o: any) => ({ id: o.id, type_code: o.type?.code ?? null, metadata: o.metadata ?? null }))
}

/**
 * Throws NOT_ALLOWED (400) when one of `optionIds` takes longer than the
 * shortest shelf life among the cart's products.
 */
export async function assertDeliveryKeepsFresh(container: MedusaContainer, cartId: string, optionIds: string[]) {
  if (!optionIds.length) {
    return
  }
  const { lines } = await loadCartPerishables(container, cartId)
  await assertOptionsKeepFresh(container, lines, optionIds)
}

/** Throws NOT_ALLOWED (400) when one of `optionIds` takes longer than the shortest shelf life among `lines`. */
export async function assertOptionsKeepFresh(container: MedusaContainer, lines: PerishableLine[], optionIds: string[]) {
  if (!optionIds.length) {
    return
  }
  const options = await loadShippingTransit(container, optionIds)
  const { shortest_shelf_life, excluded_shipping_options } = deliveryConstraints(options, lines)
  const [refused] = excluded_shipping_options
  if (refused && shortest_shelf_life) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Shipping option ${refused.id} takes up to ${refused.max_transit_days} days, longer than the ${shortest_shelf_life.days}-day shelf life of "${shortest_shelf_life.title}": choose a faster delivery or pickup`
    )
  }
}
