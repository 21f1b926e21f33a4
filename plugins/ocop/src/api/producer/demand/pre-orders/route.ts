import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPreOrderPage } from "../../../admin/demand/helpers/pre-orders"
import { presentPreOrderToProducer } from "../../../admin/demand/helpers/present"
import type { AdminListPreOrdersType } from "../../../admin/demand/validators"
import { forOwnProducts } from "../own-scope"

/**
 * GET /producer/demand/pre-orders (status, expected_week, product_id, limit,
 * offset): the producer's pre-orders, without the buyers' carts, customers
 * or notes (operators keep them).
 */
export const GET = forOwnProducts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListPreOrdersType
  const { data, count } = await listPreOrderPage(req.scope, q)
  res.json({ pre_orders: data.map(presentPreOrderToProducer), count, limit: q.limit, offset: q.offset })
})
