import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyRecordingRetention } from "../../../../modules/livestream/control"
import { retentionSettings } from "../../../../modules/livestream/lib/recording-retention"
import { liveContext } from "../../../../live/live-context"
import { runLive } from "../../../../live/medusa-errors"

/**
 * POST /live-media/recordings/retention: marks deleted the recordings beyond
 * OCOP_LIVE_RECORDING_RETENTION_DAYS / OCOP_LIVE_RECORDING_MAX_BYTES (oldest
 * first) and answers them, so the media server removes their files.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await runLive(() => applyRecordingRetention(liveContext(req.scope), retentionSettings())))
}
