import type { MedusaRequest } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../modules/ocop"
import {
  buildRows,
  CatalogueFilters,
  CatalogueOrder,
  CatalogueProductFields,
  countFacets,
  filterRows,
  productFieldsFor,
  sortRows,
  vietnamMonth,
} from "../../../../modules/ocop/lib/catalogue"
import type OcopModuleService from "../../../../modules/ocop/service"
import type { StoreGetOcopProductsParamsType } from "../validators"
import { pricingContext, productIdsInChannels, salesChannelIds } from "./context"
import { presentCard } from "./present"
import { CARD_PRODUCT_FIELDS } from "./query-config"

function toFilters(params: StoreGetOcopProductsParamsType): CatalogueFilters {
  const { order: _o, limit: _l, offset: _f, region_id: _r, ...filters } = params
  return filters as CatalogueFilters
}

/**
 * The published products, as a function of the channel's product ids. When
 * only ids are needed it reads the few products that are not published
 * (drafts) instead of every product. Independent of the channel ids, so it
 * runs alongside the sales-channel read.
 */
async function publishedProducts(
  req: MedusaRequest,
  fields: string[]
): Promise<(ids: string[]) => CatalogueProductFields[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (fields.length > 1) {
    const { data } = await query.graph({ entity: "product", fields, filters: { status: "published" } })
    const byId = new Map((data as CatalogueProductFields[]).map((p) => [p.id, p]))
    return (ids) => ids.filter((id) => byId.has(id)).map((id) => byId.get(id)!)
  }
  const { data: hidden } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { status: { $ne: "published" } },
  })
  const skip = new Set(hidden.map((p: { id: string }) => p.id))
  return (ids) => ids.filter((id) => !skip.has(id)).map((id) => ({ id }))
}

/** Lowest calculated variant price of each product, for price ordering. */
async function lowestPrices(req: MedusaRequest, ids: string[], context: object) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.calculated_price.calculated_amount"],
    filters: { id: ids },
    context,
  })
  const prices = new Map<string, number>()
  for (const p of data as any[]) {
    const amounts = (p.variants ?? [])
      .map((v: any) => v.calculated_price?.calculated_amount)
      .filter((a: unknown) => typeof a === "number")
    if (amounts.length) prices.set(p.id, Math.min(...amounts))
  }
  return prices
}

/** The OCOP blocks of these products, with the marks' names in the request's locale. */
async function describeInLocale(req: MedusaRequest, ocop: OcopModuleService, ids: string[]) {
  const blocks = await ocop.describeProducts(ids)
  await applyTranslations({ localeCode: req.locale, objects: blocks, container: req.scope })
  return blocks
}

/**
 * The OCOP catalogue for one request:
 * 1. in parallel: the product ids in the key's sales channels, which
 *    products are published, and the OCOP summaries (one set-based query
 *    in the ocop module);
 * 2. filters, facets (each without its own filter) and order, as pure functions;
 * 3. the page: Medusa's product fields and prices through Query, and the
 *    OCOP blocks of those products from the ocop module, in parallel.
 */
export async function listCatalogue(req: MedusaRequest, params: StoreGetOcopProductsParamsType, now = new Date()) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const order = params.order as CatalogueOrder
  const [context, channelProductIds, published, summaries] = await Promise.all([
    pricingContext(req, params.region_id),
    productIdsInChannels(req, salesChannelIds(req)),
    publishedProducts(req, productFieldsFor(params.q, order)),
    ocop.summarizeProducts(),
  ])
  const filters = toFilters(params)
  const month = vietnamMonth(now)
  const rows = buildRows(published(channelProductIds), summaries, now)
  const matching = filterRows(rows, filters, month)
  const facets = countFacets(rows, filters, month)
  const prices = order.endsWith("price")
    ? await lowestPrices(req, matching.map((r) => r.product.id), context)
    : undefined
  const pageIds = sortRows(matching, order, prices)
    .slice(params.offset, params.offset + params.limit)
    .map((r) => r.product.id)
  const [{ data: cards }, blocks] = pageIds.length
    ? await Promise.all([
        // in the visitor's language when the Translation Module has the texts
        query.graph(
          { entity: "product", fields: CARD_PRODUCT_FIELDS, filters: { id: pageIds }, context },
          { locale: req.locale }
        ),
        describeInLocale(req, ocop, pageIds),
      ])
    : [{ data: [] as any[] }, []]
  const productById = new Map(cards.map((p: any) => [p.id, p]))
  const blocksById = new Map(blocks.map((b) => [b.product_id, b]))
  return {
    products: pageIds
      .filter((id) => productById.has(id))
      .map((id) => presentCard(productById.get(id), blocksById.get(id) ?? null, now)),
    count: matching.length,
    limit: params.limit,
    offset: params.offset,
    facets,
  }
}
