import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { productChangeTags, productHandles, productRemovedTags, revalidateStorefront, revalidateTarget } from "../lib/revalidate-storefront"

type Data = { id?: string | string[] }
const ids = (data: Data) => (Array.isArray(data?.id) ? data.id : data?.id ? [data.id] : [])

/**
 * A product or variant (title, prices, …) changed: the storefront drops its
 * cached page and the catalogue lists (POST /api/revalidate).
 */
export default async function revalidateProducts({ event, container }: SubscriberArgs<Data>) {
  if (!revalidateTarget()) return // no storefront to tell: no lookups either
  if (event.name.endsWith(".deleted")) return revalidateStorefront(container, productRemovedTags())
  const handles = event.name.startsWith("product-variant.")
    ? await productHandles(container, { variantIds: ids(event.data) })
    : await productHandles(container, { productIds: ids(event.data) })
  await revalidateStorefront(container, productChangeTags(handles))
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
}
