import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamReplay } from "../../../../../../modules/livestream/control"
import { liveContext } from "../../../../../../live/live-context"
import { runLive } from "../../../../../../live/medusa-errors"
import { ingestSettings } from "../../../../../producer/helpers/ingest"

/**
 * GET /store/live/streams/:id/replay: `{ replay }`, the stream's recordings
 * (HLS VOD, played one after the other) and its timeline of pins, offers
 * and the host's chat, at offsets (ms) from the start of the first recording.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await runLive(() => streamReplay(liveContext(req.scope), req.params.id, ingestSettings(req.scope).mediaUrl)))
}
