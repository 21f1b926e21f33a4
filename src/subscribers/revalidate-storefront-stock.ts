import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCoalescer } from "@ocop-live/ocop/lib/coalesce"
import { productChangeTags, productRemovedTags, revalidateStorefront, revalidateTarget } from "../lib/revalidate-storefront"

// A flash sale places many orders for the same products: their pages' tags
// are dropped once per second, not once per order (the last order's within it).
let latest: MedusaContainer | null = null
const stockTags = createCoalescer<string>((tags) => revalidateStorefront(latest!, tags), { windowMs: 1000 })

/**
 * Stock changed: an order was placed (its products' pages show fewer left), or
 * an inventory level was set in the admin (every product read: a level does
 * not name its product cheaply).
 */
export default async function revalidateStock({ event, container }: SubscriberArgs<{ id?: string }>) {
  if (!revalidateTarget()) return // no storefront to tell: no lookups either
  latest = container
  if (event.name !== "order.placed" || !event.data?.id) return void stockTags.add(productRemovedTags())
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["items.product_handle"], filters: { id: event.data.id } })
  const handles = (data[0]?.items ?? []).map((i: any) => i?.product_handle)
  void stockTags.add(productChangeTags(handles))
}

export const config: SubscriberConfig = {
  event: ["order.placed", "inventory.inventory-level.created", "inventory.inventory-level.updated", "inventory.inventory-level.deleted"],
}
