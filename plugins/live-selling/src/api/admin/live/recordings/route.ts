import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminRecordings } from "../../../../modules/livestream/control"
import { liveContext } from "../../../../live/live-context"
import { runLive } from "../../../../live/medusa-errors"
import type { AdminGetLiveRecordingsType } from "../validators"

/** GET /admin/live/recordings: the latest recordings (not deleted): stream, started, duration, size, status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetLiveRecordingsType>, res: MedusaResponse) => {
  res.set("Cache-Control", "no-store")
  res.json(await runLive(() => adminRecordings(liveContext(req.scope), req.validatedQuery.limit)))
}
