import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamDetail } from "../../../../producer/helpers/streams"

/** GET /store/live/streams/:id: `{ stream }` with its active and upcoming `offers`. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { slow_mode_seconds: _s, ...stream } = await streamDetail(req.scope, req.params.id, { allOffers: false })
  res.json({ stream })
}
