import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { flushCoalescers } from "../../lib/coalesce"
import { validityCutoff } from "./lib/badge"
import type { CatalogueEntryInput } from "./lib/catalogue/entry"
import type { OcopProductSummary } from "./lib/catalogue/types"
import { catalogueSql, CatalogueQuery, CatalogueQueryRow } from "./queries/catalogue"
import {
  DELETE_ENTRIES_SQL,
  PRUNE_ENTRIES_SQL,
  SELECT_ENTRIES_SQL,
  upsertCatalogueSql,
} from "./queries/catalogue-write"
import {
  OcopCatalogueEntry,
  OcopCatalogueListing,
  OcopCertification,
  OcopMark,
  OcopMarkUseRight,
  OcopPlantingArea,
  OcopProducer,
  OcopProductProvenance,
  OcopStandard,
} from "./models"
import { SYNC_LISTING_SQL } from "./queries/catalogue-listing"
import { PRODUCT_CARDS_SQL, ProductCardRow } from "./queries/product-cards"
import { productSummariesSql, ProductSummaryRow, toProductSummary } from "./queries/product-summaries"
import { RECORD_PRODUCTS_SQL } from "./queries/record-products"
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
  OcopCatalogueEntry,
  OcopCatalogueListing,
}) {
  /** Before Medusa shuts down: run the batched work still waiting (catalogue refreshes, storefront revalidations). */
  __hooks = { onApplicationPrepareShutdown: flushCoalescers }

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

  /**
   * The catalogue page, count and facets from the read model
   * (`ocop_catalogue_entry`), filtered and counted in SQL. Without PostgreSQL's
   * JIT: the planner's estimates for the facets' per-row functions cross its
   * cost threshold at a few thousand rows, and compiling then costs more than
   * the statement (1.5 s against 60 ms at 20,000 rows, mark filter).
   */
  @InjectTransactionManager()
  async queryCatalogue(
    params: CatalogueQuery,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CatalogueQueryRow> {
    const { text, values } = catalogueSql(params)
    const manager = sharedContext.transactionManager!
    await manager.execute("SET LOCAL jit = off")
    const [row] = await manager.execute<CatalogueQueryRow[]>(text, values)
    return row
  }

  /** The products whose catalogue rows show one of these producers, marks, standards or mark rights. */
  @InjectManager()
  async productsShowingRecords(
    entity: string,
    ids: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const statement = RECORD_PRODUCTS_SQL[entity]
    if (!statement || !ids.length) return []
    const rows = await sharedContext.manager!.execute<{ product_id: string }[]>(statement, [textArrayLiteral(ids)])
    return [...new Set(rows.map((r) => r.product_id))]
  }

  /** The stored catalogue rows of some products (what a refresh replaces). */
  @InjectManager()
  async readCatalogueEntries(
    productIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CatalogueEntryInput[]> {
    if (!productIds.length) return []
    return await sharedContext.manager!.execute(SELECT_ENTRIES_SQL, [textArrayLiteral(productIds)])
  }

  /**
   * Inserts or replaces catalogue rows (by product id), in chunks; a row is
   * not replaced by one built from older reads (`source_at`) unless `force`.
   */
  @InjectTransactionManager()
  async writeCatalogueEntries(
    entries: CatalogueEntryInput[],
    force = false,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    for (let i = 0; i < entries.length; i += 1000) {
      const chunk = entries.slice(i, i + 1000).map((e) => ({ id: generateEntityId(undefined, "occe"), ...e }))
      await sharedContext.transactionManager!.execute(upsertCatalogueSql(force), [JSON.stringify(chunk)])
      await this.syncListing_(chunk.map((e) => e.product_id), sharedContext)
    }
  }

  /** The listing rows (`ocop_catalogue_listing`) of these products, derived again from their entry rows. */
  protected async syncListing_(productIds: string[], sharedContext: Context<EntityManager>): Promise<void> {
    if (!productIds.length) return
    const ids = textArrayLiteral(productIds)
    await sharedContext.transactionManager!.execute(SYNC_LISTING_SQL, [ids, ids])
  }

  /** Removes the rows of some products (only those written from reads before `olderThan`, if given); returns them. */
  @InjectTransactionManager()
  async removeCatalogueEntries(
    productIds: string[],
    olderThan: Date | null = null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CatalogueEntryInput[]> {
    if (!productIds.length) return []
    const removed = await sharedContext.transactionManager!.execute<CatalogueEntryInput[]>(DELETE_ENTRIES_SQL, [
      textArrayLiteral(productIds),
      olderThan,
      olderThan,
    ])
    await this.syncListing_(removed.map((e) => e.product_id), sharedContext)
    return removed
  }

  /** Removes the rows of every product not in `keepProductIds` written from reads before `olderThan`; returns them. */
  @InjectTransactionManager()
  async pruneCatalogueEntries(
    keepProductIds: string[],
    olderThan: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CatalogueEntryInput[]> {
    const removed = await sharedContext.transactionManager!.execute<CatalogueEntryInput[]>(PRUNE_ENTRIES_SQL, [
      textArrayLiteral(keepProductIds),
      olderThan,
    ])
    await this.syncListing_(removed.map((e) => e.product_id), sharedContext)
    return removed
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
