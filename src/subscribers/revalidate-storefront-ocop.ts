import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { productChangeTags, productHandles, revalidateStorefront, revalidateTarget } from "../lib/revalidate-storefront"

type Data = { product_id?: string; product_ids?: string[] }

/**
 * An OCOP certificate (stars, status) or a product's provenance changed, or
 * the OCOP catalogue's read model was rewritten (after a product, price or
 * stock change: the catalogue lists show it only then) (events of the ocop
 * plugin): the product's page, the catalogue and its figures.
 */
export default async function revalidateOcop({ event, container }: SubscriberArgs<Data>) {
  if (!revalidateTarget()) return // no storefront to tell: no lookups either
  const productIds = [...(event.data?.product_ids ?? []), ...(event.data?.product_id ? [event.data.product_id] : [])]
  const handles = productIds.length ? await productHandles(container, { productIds }) : []
  await revalidateStorefront(container, productChangeTags(handles))
}

export const config: SubscriberConfig = {
  event: [
    "ocop.certification.created",
    "ocop.certification.updated",
    "ocop.certification.upgraded",
    "ocop.certification.revoked",
    "ocop.certification.expired",
    "ocop.provenance.updated",
    "ocop.catalogue.refreshed",
  ],
}
