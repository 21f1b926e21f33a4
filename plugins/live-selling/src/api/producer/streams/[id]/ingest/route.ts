import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamIngest } from "../../../../../modules/livestream/control"
import { liveActor } from "../../../helpers/actor"
import { control } from "../../../helpers/control"
import { ingestSettings } from "../../../helpers/ingest"

/**
 * GET …/streams/:id/ingest: the RTMP server and secret stream key for OBS or
 * a phone encoder (made on first use), and the playback URLs. Only the
 * stream's producer (or an admin).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ingest = await control(req, liveActor(req), (ctx, actor) =>
    streamIngest(ctx, actor, req.params.id, ingestSettings(req.scope))
  )
  res.set("Cache-Control", "no-store")
  res.json({ ingest })
}
