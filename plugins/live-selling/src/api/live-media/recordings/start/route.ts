import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordingStarted } from "../../../../modules/livestream/control"
import { liveContext } from "../../../../live/live-context"
import { runLive } from "../../../../live/medusa-errors"
import type { PostLiveMediaRecordingStartType } from "../../validators"

/** POST /live-media/recordings/start: the media server records a part of a stream. */
export const POST = async (req: MedusaRequest<PostLiveMediaRecordingStartType>, res: MedusaResponse) => {
  const { stream_id, recording_id, started_at } = req.validatedBody
  res.json(await runLive(() => recordingStarted(liveContext(req.scope), stream_id, recording_id, new Date(started_at))))
}
