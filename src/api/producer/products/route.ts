import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerProductIds } from "../../../workflows/live/lib/producers"

/** The variant's regular VND price (no price list, no rules), integer VND. */
const basePrice = (prices: any[] = []) =>
  prices.find((p) => p.currency_code === "vnd" && !p.price_list_id && !p.rules_count)?.amount ?? null

/**
 * GET /producer/products: the producer's own products (by OCOP provenance),
 * with variants and regular prices, to pin and to sell live.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ids = await producerProductIds(req.scope, req.auth_context.actor_id)
  if (!ids.length) {
    return res.json({ products: [], count: 0 })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "title", "subtitle", "handle", "thumbnail", "status",
      "variants.id", "variants.title", "variants.sku", "variants.manage_inventory",
      "variants.prices.amount", "variants.prices.currency_code", "variants.prices.price_list_id",
      "variants.prices.rules_count",
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
    variants: (p.variants ?? []).map((v: any) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      manage_inventory: v.manage_inventory,
      price: basePrice(v.prices) == null ? null : Number(basePrice(v.prices)),
    })),
  }))
  res.json({ products, count: products.length })
}
