import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { regularVndPrice } from "../../../queries/live-catalog"
import { producerProductIds } from "../../../workflows/sellers/sellers"
import { isLiveRestricted } from "../../../modules/livestream/lib/live-restriction"
import type { GetProducerProductsType } from "../validators"

/**
 * GET /producer/products[?ids=a,b]: the producer's own products (of `ids`,
 * if given; the gateway asks which products a producer may pin and sell),
 * with variants and regular prices, to pin and to sell live.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetProducerProductsType>, res: MedusaResponse) => {
  const ids = await producerProductIds(req.scope, req.auth_context.actor_id, req.validatedQuery.ids)
  if (!ids.length) {
    return res.json({ products: [], count: 0 })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "title", "subtitle", "handle", "thumbnail", "status", "metadata",
      "variants.id", "variants.title", "variants.sku", "variants.manage_inventory",
      "variants.prices.amount", "variants.prices.currency_code", "variants.prices.price_list_id",
      "variants.prices.rules_count", "variants.prices.min_quantity",
    ],
    filters: { id: ids },
  })
  const products = data.map((p: any) => ({
    id: p.id,
    title: p.title,
    subtitle: p.subtitle,
    handle: p.handle,
    thumbnail: p.thumbnail,
    status: p.status,
    // not to be pinned or offered live (the product's metadata says so)
    live_restricted: isLiveRestricted(p.metadata),
    variants: (p.variants ?? []).map((v: any) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      manage_inventory: v.manage_inventory,
      price: regularVndPrice(v.prices),
    })),
  }))
  res.json({ products, count: products.length })
}
