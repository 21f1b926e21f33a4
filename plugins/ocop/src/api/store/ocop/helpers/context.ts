import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { cachedEach } from "../../../../lib/answer-cache"


/** The sales channels of the request's publishable key (as stock /store/products). */
export function salesChannelIds(req: MedusaRequest): string[] {
  const ids = (req as any).publishable_key_context?.sales_channel_ids ?? []
  if (!ids.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  return ids
}

/** Product ids available in the given sales channels. */
export async function productIdsInChannels(req: MedusaRequest, channelIds: string[], productIds?: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: channelIds, ...(productIds ? { product_id: productIds } : {}) },
  })
  return [...new Set(data.map((l: { product_id: string }) => l.product_id))]
}

type PricingRegion = { id: string; currency_code: string }

/** The given region, or the store's default one (two Query reads). */
async function readPricingRegion(req: MedusaRequest, regionId?: string): Promise<PricingRegion> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let id = regionId
  if (!id) {
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_region_id"] })
    id = stores[0]?.default_region_id ?? undefined
    if (!id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "region_id: required, the store has no default region")
    }
  }
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id } })
  if (!regions.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region ${id}`)
  }
  return { id: regions[0].id, currency_code: regions[0].currency_code }
}

/**
 * The pricing context for `variants.calculated_price`: the given region, or
 * the store's default region (Vietnam, VND). The region is kept in the
 * Caching Module for the answers' TTL (an unknown region is not kept).
 */
export async function pricingContext(req: MedusaRequest, regionId?: string) {
  const key = `ocop|region|${regionId ?? "-"}`
  const region = (await cachedEach(req.scope, [key], async () => new Map([[key, await readPricingRegion(req, regionId)]]))).get(key)!
  return {
    variants: {
      calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }),
    },
  }
}
