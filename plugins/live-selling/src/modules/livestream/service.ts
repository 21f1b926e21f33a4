import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { sellerDirectory, type LiveSellingOptions, type SellerDirectory } from "./lib/seller-directory"
import {
  LiveBannedWord,
  LiveChatMessage,
  LiveClaim,
  LiveEvent,
  LiveModeration,
  LiveOffer,
  LiveReminder,
  LiveSellerVerification,
  LiveStream,
  LiveStreamStat,
} from "./models"

export type ReminderRow = { id: string; stream_id: string; email: string; customer_id: string | null; locale: string }

/**
 * CRUD over the live tables for Medusa-side code (routes, workflows,
 * admin). The realtime paths (claims, events, chat), which the gateways run
 * too, use this module's own data layer (`store/`) against the same tables,
 * and its rules (`claims/claim-rule.ts`, `control/`).
 */
class LivestreamModuleService extends MedusaService({
  LiveStream,
  LiveOffer,
  LiveClaim,
  LiveChatMessage,
  LiveModeration,
  LiveBannedWord,
  LiveStreamStat,
  LiveEvent,
  LiveSellerVerification,
  LiveReminder,
}) {
  /** The store's sellers (plugin option `sellers`), or null: admins only. */
  readonly sellers: SellerDirectory | null
  /** Plugin option `identity_hash_secret` (see `LiveSellingOptions`), or null. */
  readonly identityHashSecret: string | null
  /** Plugin option `stream_page_url`, or null. */
  readonly streamPageUrlTemplate: string | null

  constructor(container: Record<string, unknown>, options?: LiveSellingOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.sellers = sellerDirectory(options)
    this.identityHashSecret = options?.identity_hash_secret || null
    this.streamPageUrlTemplate = options?.stream_page_url || null
  }

  /**
   * Marks a live stream's unsent reminders as sent and returns them, in one
   * statement: of two callers (the start event, the catch-up job), only one
   * gets each reminder. Nothing for a stream that is not live.
   */
  @InjectManager()
  async claimUnsentReminders(
    streamId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ReminderRow[]> {
    return await sharedContext.manager!.execute<ReminderRow[]>(
      `UPDATE live_reminder r SET notified_at = now(), updated_at = now()
       FROM live_stream s
       WHERE r.stream_id = ? AND s.id = r.stream_id AND s.status = 'live'
         AND r.notified_at IS NULL AND r.deleted_at IS NULL
       RETURNING r.id, r.stream_id, r.email, r.customer_id, r.locale`,
      [streamId]
    )
  }

  /** Puts claimed reminders back (compensation when sending failed). */
  @InjectManager()
  async unclaimReminders(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!ids.length) return
    await sharedContext.manager!.execute(`UPDATE live_reminder SET notified_at = NULL WHERE id = ANY(?::text[])`, [
      `{${ids.join(",")}}`,
    ])
  }

  /** Live streams that still have unsent reminders (the catch-up job's work). */
  @InjectManager()
  async streamsWithUnsentReminders(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const rows = await sharedContext.manager!.execute<{ stream_id: string }[]>(
      `SELECT DISTINCT r.stream_id FROM live_reminder r JOIN live_stream s ON s.id = r.stream_id
       WHERE s.status = 'live' AND r.notified_at IS NULL AND r.deleted_at IS NULL`
    )
    return rows.map((r) => r.stream_id)
  }

  /** How many reminders each stream has (streams without any are absent). */
  @InjectManager()
  async countReminders(
    streamIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, number>> {
    if (!streamIds.length) return {}
    const rows = await sharedContext.manager!.execute<{ stream_id: string; n: number }[]>(
      `SELECT stream_id, count(*)::int AS n FROM live_reminder
       WHERE stream_id = ANY(?::text[]) AND deleted_at IS NULL GROUP BY stream_id`,
      [`{${streamIds.join(",")}}`]
    )
    return Object.fromEntries(rows.map((r) => [r.stream_id, r.n]))
  }
}

export default LivestreamModuleService
