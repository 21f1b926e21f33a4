import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyRecordingRetention } from "../../../../modules/livestream/control"
import { retentionSettings } from "../../../../modules/livestream/lib/recording-retention"
import { liveContext } from "../../../../live/live-context"
import { runLive } from "../../../../live/medusa-errors"
import type { PostLiveMediaRetentionType } from "../../validators"

/**
 * POST /live-media/recordings/retention: marks deleted the recordings beyond
 * OCOP_LIVE_RECORDING_RETENTION_DAYS / OCOP_LIVE_RECORDING_MAX_BYTES (oldest
 * first) and answers them, so the media server removes their files; given the
 * parts the media server is recording (`recording`, `since` it started), also
 * answers the parts it lost (`interrupted`), which it measures and finishes.
 */
export const POST = async (req: MedusaRequest<PostLiveMediaRetentionType>, res: MedusaResponse) => {
  const { recording, since } = req.validatedBody
  const report = recording ? { recording, since: since ? new Date(since) : null } : null
  res.json(await runLive(() => applyRecordingRetention(liveContext(req.scope), retentionSettings(), Date.now(), report)))
}
