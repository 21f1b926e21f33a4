import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStreams } from "../../../producer/helpers/streams"
import type { StoreGetLiveStreamsType } from "../validators"

/**
 * GET /store/live/streams?status=live|scheduled|ended: `{ streams, count,
 * limit, offset }`; live ones carry the current `viewer_count`. Titles and
 * descriptions in the visitor's locale (`?locale=`, `x-medusa-locale`) when translated.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetLiveStreamsType>, res: MedusaResponse) => {
  res.json(await listStreams(req.scope, { ...req.validatedQuery, locale: req.locale }))
}
