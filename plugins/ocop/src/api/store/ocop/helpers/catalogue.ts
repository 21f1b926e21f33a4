import type { MedusaRequest } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../modules/ocop"
import { validityCutoff } from "../../../../modules/ocop/lib/badge"
import { CatalogueOrder, FACET_KEYS, Facets, vietnamMonth } from "../../../../modules/ocop/lib/catalogue"
import { OCOP_GROUPS } from "../../../../modules/ocop/lib/groups"
import type OcopModuleService from "../../../../modules/ocop/service"
import type { StoreGetOcopProductsParamsType } from "../validators"
import { cachedEach } from "../../../../lib/answer-cache"
import { pricingContext, salesChannelIds } from "./context"
import { presentCard } from "./present"
import { CARD_PRODUCT_FIELDS } from "./query-config"

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]))

/** Fixed facet keys are always present (0 when none); districts appear as found. */
const FACET_ZEROS: Record<keyof Facets, Record<string, number>> = {
  stars: zeros(["3", "4", "5"]),
  group: zeros(OCOP_GROUPS),
  mark_kind: zeros(["geographical_indication", "collective_mark", "certification_mark"]),
  district: {},
  standard: zeros(["vietgap", "organic", "globalgap"]),
}

function toFilters(params: StoreGetOcopProductsParamsType) {
  const { order: _o, limit: _l, offset: _f, region_id: _r, ...filters } = params
  return filters
}

/** The OCOP blocks of these products, with the marks' names in the request's locale. */
async function describeInLocale(req: MedusaRequest, ocop: OcopModuleService, ids: string[]) {
  const blocks = await ocop.describeProducts(ids)
  await applyTranslations({ localeCode: req.locale, objects: blocks, container: req.scope })
  return blocks
}

/**
 * The OCOP catalogue for one request:
 * 1. the page's product ids, the count and the facets (each without its own
 *    filter) in one SQL statement over the read model `ocop_catalogue_entry`
 *    (kept in step by the `refresh-ocop-catalogue` workflow);
 * 2. the page: Medusa's product fields and prices through Query, in the
 *    visitor's language, and the OCOP blocks of those products, in parallel,
 *    for the products whose card is not cached under its row's version
 *    (`cachedEach`: a query nobody asked before mostly shows known cards).
 */
export async function listCatalogue(req: MedusaRequest, params: StoreGetOcopProductsParamsType, now = new Date()) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const channels = salesChannelIds(req)
  const order = params.order as CatalogueOrder
  const contextRead = pricingContext(req, params.region_id)
  const find = (currency_code: string) =>
    ocop.queryCatalogue({
      filters: toFilters(params),
      order,
      limit: params.limit,
      offset: params.offset,
      sales_channel_ids: channels,
      currency_code,
      cutoff: validityCutoff(now),
      now,
      month: vietnamMonth(now),
      locale: req.locale,
    })
  const currencyOf = (c: Awaited<typeof contextRead>) =>
    (c.variants.calculated_price as { currency_code: string }).currency_code
  // only a price order needs the region's currency first; otherwise both reads run together
  const [context, found] = order.endsWith("price")
    ? await contextRead.then(async (c) => [c, await find(currencyOf(c))] as const)
    : await Promise.all([contextRead, find("")])
  const pageIds = found.product_ids
  const region = context.variants.calculated_price as unknown as { region_id: string }
  const keyOf = (i: number) => `ocop|card|${pageIds[i]}|${found.row_versions[i]}|${req.locale ?? "-"}|${region.region_id}`
  const idByKey = new Map(pageIds.map((id, i) => [keyOf(i), id]))
  const cards = await cachedEach(req.scope, [...idByKey.keys()], async (missing) => {
    const ids = missing.map((key) => idByKey.get(key)!)
    const [{ data: products }, blocks] = await Promise.all([
      // in the visitor's language when the Translation Module has the texts
      query.graph({ entity: "product", fields: CARD_PRODUCT_FIELDS, filters: { id: ids }, context }, { locale: req.locale }),
      describeInLocale(req, ocop, ids),
    ])
    const blockById = new Map(blocks.map((b) => [b.product_id, b]))
    // a product gone since the row was read has no card (nor is one kept)
    return new Map(
      products.map((p: any) => [missing[ids.indexOf(p.id)], { product: p, block: blockById.get(p.id) ?? null }] as const)
    )
  })
  return {
    products: pageIds
      .map((_, i) => cards.get(keyOf(i)))
      .filter((card): card is NonNullable<typeof card> => !!card)
      .map((card) => presentCard(card.product, card.block, now)),
    count: found.count,
    limit: params.limit,
    offset: params.offset,
    facets: Object.fromEntries(FACET_KEYS.map((k) => [k, { ...FACET_ZEROS[k], ...(found[k] ?? {}) }])) as Facets,
  }
}
