import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { DemandEventRow } from "./lib/event-kinds"
import { sourceCounts } from "./lib/source-counts"
import { DemandMatch, DemandSuggestion, PreOrder, SupplyForecast, SupplySeason, TourismEvent } from "./models"
import {
  LIVE_BY_STREAM_SQL,
  SEARCHES_BY_WEEK_SQL,
  SIGNALS_BY_PRODUCT_SQL,
  SIGNALS_BY_WEEK_SQL,
  TOP_PRODUCTS_BY_LOCATION_SQL,
  TOP_SEARCHES_SQL,
} from "./queries/dashboard"
import { insertEventsSql } from "./queries/insert-events"
import {
  DELETE_WEEKS_SQL,
  INSERT_WEEKS_SQL,
  LOCK_REFRESH_SQL,
  MARK_DIRTY_WEEKS_SQL,
  TAKE_DIRTY_WEEKS_SQL,
} from "./queries/rollup"
import type { LiveStreamRow, SearchRow, SignalRow, TopProductRow, WeekSignalRow } from "./types"

type Ctx = Context<EntityManager>
export type WeekWindow = { from: string; to: string; productIds?: string[] | null }

/**
 * Plain SQL with server-side bindings through the context's knex (its
 * transaction when there is one). MikroORM's `execute` would interpolate
 * the values into the SQL text instead.
 */
async function raw<T = Record<string, unknown>>(em: EntityManager, sql: string, bindings: unknown[] = []): Promise<T[]> {
  const knex = (em.getTransactionContext() ?? em.getKnex()) as unknown as {
    raw: (sql: string, bindings: unknown[]) => Promise<{ rows: T[] }>
  }
  return (await knex.raw(sql, bindings)).rows
}

/**
 * Supply (seasons, expected volumes, pre-orders), the tourism calendar and
 * the computed matches and suggestions through MedusaService CRUD. Demand
 * events live in an append-only table (`demand_event`, plain SQL: one
 * multi-row INSERT per batch) and are read through the weekly rollup.
 */
class DemandModuleService extends MedusaService({
  SupplySeason,
  SupplyForecast,
  PreOrder,
  TourismEvent,
  DemandMatch,
  DemandSuggestion,
}) {
  /**
   * Stores a validated batch whole or not at all: one multi-row INSERT in a
   * transaction, with the markers of the weeks it touches for the rollup.
   */
  @InjectTransactionManager()
  async recordEvents(rows: DemandEventRow[], @MedusaContext() sharedContext: Ctx = {}): Promise<number> {
    if (!rows.length) return 0
    const em = sharedContext.transactionManager!
    const { sql, bindings } = insertEventsSql(rows)
    await raw(em, sql, bindings)
    await raw(em, MARK_DIRTY_WEEKS_SQL, [[...new Set(rows.map((r) => r.week))]])
    return rows.length
  }

  /** Rebuilds the weekly rollup of the weeks that received events since the last refresh. */
  @InjectTransactionManager()
  async refreshWeeklyRollup(@MedusaContext() sharedContext: Ctx = {}): Promise<{ weeks: string[] }> {
    const em = sharedContext.transactionManager!
    await raw(em, LOCK_REFRESH_SQL)
    const weeks = [...new Set((await raw<{ week: string }>(em, TAKE_DIRTY_WEEKS_SQL)).map((r) => r.week))].sort()
    if (weeks.length) {
      await raw(em, DELETE_WEEKS_SQL, [weeks])
      await raw(em, INSERT_WEEKS_SQL, [weeks])
    }
    return { weeks }
  }

  /** Units per product, channel and kind per week (from the rollup). */
  @InjectManager()
  async listSignalsByProduct(window: WeekWindow, @MedusaContext() sharedContext: Ctx = {}): Promise<SignalRow[]> {
    const ids = window.productIds ?? null
    const rows = await raw<SignalRow>(sharedContext.manager!, SIGNALS_BY_PRODUCT_SQL, [window.from, window.to, ids, ids])
    return rows.map((r) => ({ ...r, units: Number(r.units), value: Number(r.value) }))
  }

  @InjectManager()
  async listSignalsByWeek(window: WeekWindow, @MedusaContext() sharedContext: Ctx = {}): Promise<WeekSignalRow[]> {
    const ids = window.productIds ?? null
    const rows = await raw<Record<string, any>>(sharedContext.manager!, SIGNALS_BY_WEEK_SQL, [window.from, window.to, ids, ids])
    return rows.map((r) => ({
      week: r.week,
      kind: r.kind,
      events: r.events,
      units: Number(r.units),
      value: Number(r.value),
      by_source: sourceCounts(r),
    }))
  }

  @InjectManager()
  async listTopProductsByLocation(
    window: WeekWindow & { perLocation?: number },
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<TopProductRow[]> {
    const ids = window.productIds ?? null
    const rows = await raw<TopProductRow>(sharedContext.manager!, TOP_PRODUCTS_BY_LOCATION_SQL, [
      window.from, window.to, ids, ids, window.perLocation ?? 5,
    ])
    return rows.map((r) => ({ ...r, handovers: r.handovers ?? 0, scans: r.scans ?? 0, value: Number(r.value ?? 0), rank: Number(r.rank) }))
  }

  @InjectManager()
  async listLiveByStream(
    window: WeekWindow & { limit?: number },
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<LiveStreamRow[]> {
    const ids = window.productIds ?? null
    const rows = await raw<LiveStreamRow>(sharedContext.manager!, LIVE_BY_STREAM_SQL, [
      window.from, window.to, ids, ids, window.limit ?? 20,
    ])
    return rows.map((r) => ({ ...r, gmv: Number(r.gmv) }))
  }

  @InjectManager()
  async listTopSearches(
    window: WeekWindow & { limit?: number },
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<SearchRow[]> {
    return raw<SearchRow>(sharedContext.manager!, TOP_SEARCHES_SQL, [window.from, window.to, window.limit ?? 20])
  }

  @InjectManager()
  async listSearchesByWeek(window: WeekWindow, @MedusaContext() sharedContext: Ctx = {}) {
    return raw<SearchRow & { week: string }>(sharedContext.manager!, SEARCHES_BY_WEEK_SQL, [window.from, window.to])
  }
}

export default DemandModuleService
