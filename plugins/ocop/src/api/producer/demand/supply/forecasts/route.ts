import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POST as adminSetForecasts } from "../../../../admin/demand/supply/forecasts/route"
import type { AdminSetSupplyForecastsType } from "../../../../admin/demand/validators"
import { assertOwnProducts } from "../../../../../lib/producer-products"

/**
 * POST /producer/demand/supply/forecasts { forecasts: [{ product_id, week,
 * quantity, note? }] }: the volumes the producer expects to have per week,
 * for its own products only (403 naming a foreign product, nothing stored).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetSupplyForecastsType>, res: MedusaResponse) => {
  const productIds = [...new Set(req.validatedBody.forecasts.map((f) => f.product_id))]
  await assertOwnProducts(req.scope, { productIds, producerId: req.auth_context.actor_id, field: "forecasts.product_id" })
  return adminSetForecasts(req, res)
}
