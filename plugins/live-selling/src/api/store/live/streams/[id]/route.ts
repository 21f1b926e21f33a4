import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamDetail } from "../../../../producer/helpers/streams"

/**
 * GET /store/live/streams/:id: `{ stream }` with its active and upcoming
 * `offers`, its title and description in the visitor's locale when translated.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { slow_mode_seconds: _s, ...stream } = await streamDetail(req.scope, req.params.id, { allOffers: false, locale: req.locale })
  res.json({ stream })
}
