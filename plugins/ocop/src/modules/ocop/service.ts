import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { validityCutoff } from "./lib/badge"
import type { OcopProductSummary } from "./lib/catalogue/types"
import {
  OcopCertification,
  OcopMark,
  OcopMarkUseRight,
  OcopPlantingArea,
  OcopProducer,
  OcopProductProvenance,
  OcopStandard,
} from "./models"
import { PRODUCT_CARDS_SQL, ProductCardRow } from "./queries/product-cards"
import { productSummariesSql, ProductSummaryRow, toProductSummary } from "./queries/product-summaries"
import { textArrayLiteral } from "./queries/text-array"
import { PROGRAMME_STATS_SQL, ProgrammeStatsRow } from "./queries/programme-stats"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * OCOP certification and provenance records. CRUD comes from
 * MedusaService; the catalogue (filter summaries, page cards) and the
 * programme figures add read queries (bound parameters, indexed by
 * product id / status).
 */
class OcopModuleService extends MedusaService({
  OcopProducer,
  OcopCertification,
  OcopMark,
  OcopMarkUseRight,
  OcopPlantingArea,
  OcopStandard,
  OcopProductProvenance,
}) {
  /**
   * Filter and facet data of the products with OCOP data: all of them, or
   * those among `productIds`.
   */
  @InjectManager()
  async summarizeProducts(
    productIds?: string[] | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OcopProductSummary[]> {
    if (productIds && !productIds.length) return []
    const ids = productIds ? textArrayLiteral(productIds) : null
    const rows = await sharedContext.manager!.execute<ProductSummaryRow[]>(
      productSummariesSql(!!ids),
      ids ? [ids, ids] : []
    )
    return rows.map(toProductSummary)
  }

  /** The OCOP blocks of catalogue cards (current certification, producer, marks, codes, standards). */
  @InjectManager()
  async describeProducts(
    productIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ProductCardRow[]> {
    if (!productIds.length) return []
    const ids = textArrayLiteral(productIds)
    return await sharedContext.manager!.execute<ProductCardRow[]>(PRODUCT_CARDS_SQL, [ids, ids])
  }

  /** Certified products by stars and group, IP-protected products, producers, expiring soon. */
  @InjectManager()
  async programmeStats(
    now: Date = new Date(),
    expiringWithinDays = 90,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ProgrammeStatsRow> {
    const cutoff = validityCutoff(now)
    const horizon = new Date(cutoff.getTime() + expiringWithinDays * DAY_MS)
    const [row] = await sharedContext.manager!.execute<ProgrammeStatsRow[]>(PROGRAMME_STATS_SQL, [
      cutoff,
      horizon,
      cutoff,
    ])
    return row
  }
}

export default OcopModuleService
