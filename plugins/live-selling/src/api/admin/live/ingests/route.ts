import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveIngests } from "../helpers/ingests"

/**
 * GET /admin/live/ingests: the encoders publishing now: stream, producer,
 * bitrate (kbit/s over the last 5 s), resolution, fps, codecs, uptime, client IP.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.set("Cache-Control", "no-store")
  res.json({ ingests: await liveIngests(req.scope) })
}
