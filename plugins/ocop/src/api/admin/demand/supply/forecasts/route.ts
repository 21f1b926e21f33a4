import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setSupplyForecastsWorkflow } from "../../../../../workflows/demand/set-supply-forecasts"
import type { AdminSetSupplyForecastsType } from "../../validators"

/**
 * POST /admin/demand/supply/forecasts { forecasts: [{ product_id, week,
 * quantity, note? }] }: the volumes expected per ISO week (replacing what
 * was set for the same product and week).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetSupplyForecastsType>, res: MedusaResponse) => {
  const setBy = req.auth_context?.actor_id ?? null
  const { result } = await setSupplyForecastsWorkflow(req.scope).run({
    input: { forecasts: req.validatedBody.forecasts.map((f) => ({ ...f, set_by: setBy })) },
  })
  res.json({ forecasts: result })
}
