import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parseClientDemandBatch } from "../../../modules/demand/lib"

/**
 * Validates `{ events: [...] }` (≤ 500) and refuses the whole batch on the
 * first problems, naming them as `events[i].field` (400). Clients send
 * views, searches, cart additions and kiosk scans; the server records the rest.
 */
export function validateDemandBatch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = parseClientDemandBatch(req.body)
  if (!parsed.ok) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid demand events: ${parsed.errors.join("; ")}`))
  }
  req.validatedBody = { events: parsed.events }
  next()
}
