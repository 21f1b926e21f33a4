import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { queueCatalogueRefresh } from "../lib/catalogue-refresh-batch"

/**
 * Keeps the catalogue's in-stock flag in step: a stock level or a
 * reservation changed refreshes the products whose variants use the item,
 * batched (`lib/catalogue-refresh-batch`): a flash sale's reservations make
 * one refresh per window, not one each, and that refresh drops the cached
 * answers only if a product sold out or came back (`"stock"`).
 */
export default async function ocopCatalogueStockHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const entity = name.startsWith("inventory-level.") ? "inventory_level" : "reservation_item"
  const { data: rows } = await query.graph({
    entity,
    fields: ["inventory_item_id"],
    filters: { id: data.id },
    withDeleted: true,
  })
  const itemIds = rows.map((r: { inventory_item_id: string }) => r.inventory_item_id)
  if (!itemIds.length) return
  const { data: links } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant.product_id"],
    filters: { inventory_item_id: itemIds },
  })
  const productIds = [...new Set(links.map((l: any) => l.variant?.product_id).filter(Boolean))] as string[]
  void queueCatalogueRefresh(container, productIds, "stock")
}

export const config: SubscriberConfig = {
  event: [
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "reservation-item.created",
    "reservation-item.updated",
    "reservation-item.deleted",
  ],
  context: { subscriberId: "ocop-catalogue-stock" },
}
