import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordingFinished } from "../../../../modules/livestream/control"
import { liveContext } from "../../../../live/live-context"
import { runLive } from "../../../../live/medusa-errors"
import type { PostLiveMediaRecordingFinishType } from "../../validators"

/** POST /live-media/recordings/finish: a part is complete (length, size): ready to replay (`interrupted`: measured after a media server restart; failed without media). */
export const POST = async (req: MedusaRequest<PostLiveMediaRecordingFinishType>, res: MedusaResponse) => {
  const { recording_id, duration_ms, bytes, interrupted } = req.validatedBody
  res.json(await runLive(() => recordingFinished(liveContext(req.scope), recording_id, duration_ms, bytes, interrupted ?? false)))
}
