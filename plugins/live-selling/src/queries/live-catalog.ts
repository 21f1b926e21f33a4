import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getTotalVariantAvailability } from "@medusajs/framework/utils"
import type { Catalog, VariantInfo } from "../modules/livestream/control/context"
import { productSellers } from "../workflows/sellers/sellers"
import { isLiveRestricted } from "../modules/livestream/lib/live-restriction"

type Price = { amount: unknown; currency_code: string; price_list_id: string | null; rules_count: number | null; min_quantity: unknown }

/** The regular VND price: no price list, no rules, the lowest tier first. */
export function regularVndPrice(prices: Price[] = []): number | null {
  const regular = prices
    .filter((p) => p.currency_code === "vnd" && !p.price_list_id && !p.rules_count)
    .sort((a, b) => (a.min_quantity == null ? -1 : b.min_quantity == null ? 1 : Number(a.min_quantity) - Number(b.min_quantity)))
  return regular.length ? Math.round(Number(regular[0].amount)) : null
}

/** "Product - Variant", or the product's title for its default variant. */
export const offerTitle = (product: string, variant: string | null) =>
  variant && variant !== "Default variant" ? `${product} - ${variant}` : product

/**
 * A variant as a live offer shows it, through Query; null: no such variant
 * (or product). `available`: Medusa's availability across every stock
 * location (stocked − reserved, per required inventory item); null when the
 * variant does not manage inventory or allows backorders (no cap).
 */
export async function liveVariant(container: MedusaContainer, id: string): Promise<VariantInfo | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product_id", "manage_inventory", "allow_backorder",
      "product.id", "product.title", "product.thumbnail", "product.metadata",
      "prices.amount", "prices.currency_code", "prices.price_list_id", "prices.rules_count", "prices.min_quantity"],
    filters: { id },
  })
  const v = data[0] as any
  if (!v?.product) {
    return null
  }
  const tracked = v.manage_inventory && !v.allow_backorder
  const available = tracked
    ? (await getTotalVariantAvailability(query, { variant_ids: [v.id] }))[v.id]?.availability ?? 0
    : null
  return {
    variantId: v.id,
    productId: v.product.id,
    title: offerTitle(v.product.title, v.title),
    thumbnail: v.product.thumbnail ?? null,
    originalPrice: regularVndPrice(v.prices),
    available,
    liveRestricted: isLiveRestricted(v.product.metadata),
  }
}

/** The seller owning each product that exists (null: none); absent: no such product. */
export async function productOwners(container: MedusaContainer, productIds: string[]): Promise<Map<string, string | null>> {
  if (!productIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productIds } })
  const sellers = await productSellers(container, productIds)
  return new Map(data.map((p: { id: string }) => [p.id, sellers.get(p.id) ?? null]))
}

/** Of `productIds`, those flagged `live_restricted` in their metadata. */
export async function liveRestrictedProducts(container: MedusaContainer, productIds: string[]): Promise<Set<string>> {
  if (!productIds.length) {
    return new Set()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "metadata"], filters: { id: productIds } })
  return new Set(data.filter((p: any) => isLiveRestricted(p.metadata)).map((p: { id: string }) => p.id))
}

/** The live core's catalog for Medusa-side code (routes, workflows). */
export function queryCatalog(container: MedusaContainer): Catalog {
  return {
    async getVariant(variantId) {
      const variant = await liveVariant(container, variantId)
      if (!variant) {
        return null
      }
      const owners = await productSellers(container, [variant.productId])
      return { ...variant, producerId: owners.get(variant.productId) ?? null }
    },
    productOwners: (productIds) => productOwners(container, productIds),
    liveRestricted: (productIds) => liveRestrictedProducts(container, productIds),
  }
}
