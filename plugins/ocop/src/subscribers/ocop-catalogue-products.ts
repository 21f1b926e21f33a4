import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { queueCatalogueRefresh } from "../lib/catalogue-refresh-batch"

/**
 * Keeps the OCOP catalogue in step with Medusa's products: a product or
 * one of its variants (and so its prices) created, changed or deleted
 * refreshes that product's row (batched with the stock changes of the same
 * window, `lib/catalogue-refresh-batch`).
 */
export default async function ocopCatalogueProductsHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  let productIds = [data.id]
  if (name.startsWith("product-variant.")) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: data.id },
      withDeleted: true,
    })
    productIds = variants.map((v: { product_id: string | null }) => v.product_id).filter(Boolean) as string[]
  }
  void queueCatalogueRefresh(container, productIds)
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
  ],
  context: { subscriberId: "ocop-catalogue-products" },
}
