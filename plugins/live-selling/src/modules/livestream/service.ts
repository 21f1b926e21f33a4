import { MedusaService } from "@medusajs/framework/utils"
import { sellerDirectory, type LiveSellingOptions, type SellerDirectory } from "./lib/seller-directory"
import {
  LiveBannedWord,
  LiveChatMessage,
  LiveClaim,
  LiveEvent,
  LiveIngest,
  LiveModeration,
  LiveOffer,
  LiveRelayDestination,
  LiveRecording,
  LiveReminder,
  LiveSellerVerification,
  LiveStream,
  LiveStreamStat,
  LiveTimelineEvent,
} from "./models"

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
  LiveIngest,
  LiveRelayDestination,
  LiveRecording,
  LiveTimelineEvent,
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
}

export default LivestreamModuleService
