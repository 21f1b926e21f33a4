import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteRecording } from "../../../../../modules/livestream/control"
import { LiveError } from "../../../../../modules/livestream/lib/errors"
import { liveContext } from "../../../../../live/live-context"
import { runLive } from "../../../../../live/medusa-errors"
import { AdminLiveRecordingParams } from "../../validators"

/**
 * DELETE /admin/live/recordings/:id: marks a finished recording deleted (gone from the
 * replay at once); the media server removes its folder at its next retention call.
 */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(
    await runLive(async () => {
      const parsed = AdminLiveRecordingParams.safeParse({ id: req.params.id })
      if (!parsed.success) throw new LiveError("bad_request", parsed.error.issues[0].message, { field: "id" })
      return deleteRecording(liveContext(req.scope), parsed.data.id)
    })
  )
}
