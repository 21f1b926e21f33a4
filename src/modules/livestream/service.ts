import { MedusaService } from "@medusajs/framework/utils"
import {
  LiveBannedWord,
  LiveChatMessage,
  LiveClaim,
  LiveEvent,
  LiveModeration,
  LiveOffer,
  LiveStream,
  LiveStreamStat,
} from "./models"

/**
 * CRUD over the live tables for Medusa-side code (routes, workflows,
 * admin). Realtime paths (claims, events, chat) run in the gateway with
 * plain SQL from `src/live/store`, against these same tables.
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
}) {}

export default LivestreamModuleService
