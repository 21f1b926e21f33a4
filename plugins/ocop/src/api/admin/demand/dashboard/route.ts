import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildDashboard } from "../helpers/dashboard"
import type { AdminDemandDashboardType } from "../validators"

/**
 * GET /admin/demand/dashboard?weeks=8&ahead=3 (producer_id, product_id):
 * series for the charts — realized demand, estimated demand and supply per
 * product and week (most diverging first), signals per week and kind (with
 * counts per source: client-sent or server-recorded), top
 * products per kiosk, GMV per livestream, top searches, open suggestions
 * and the OCOP programme figures (province view only).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminDemandDashboardType
  res.json(await buildDashboard(req.scope, q))
}
