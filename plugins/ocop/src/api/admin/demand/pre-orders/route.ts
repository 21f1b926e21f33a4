import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPreOrderWorkflow } from "../../../../workflows/demand/create-pre-order"
import { withConflicts } from "../helpers/conflicts"
import { presentPreOrder } from "../helpers/present"
import { listPreOrderPage } from "../helpers/pre-orders"
import type { AdminCreatePreOrderType, AdminListPreOrdersType } from "../validators"

/**
 * GET /admin/demand/pre-orders (producer_id, product_id, status,
 * expected_week, order_id, limit, offset): the pre-order book; with
 * `producer_id`, only that producer's products.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListPreOrdersType
  const { data, count } = await listPreOrderPage(req.scope, q)
  res.json({ pre_orders: data.map(presentPreOrder), count, limit: q.limit, offset: q.offset })
}

/** POST /admin/demand/pre-orders: an operator takes a pre-order (phone, kiosk, market stall). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePreOrderType>, res: MedusaResponse) => {
  const { result } = await withConflicts(() =>
    createPreOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, channel: "admin" } })
  )
  res.status(201).json({ pre_order: presentPreOrder(result) })
}
