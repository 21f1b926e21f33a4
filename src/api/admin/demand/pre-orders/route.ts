import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPreOrderWorkflow } from "../../../../workflows/demand/create-pre-order"
import { withConflicts } from "../helpers/conflicts"
import { presentPreOrder } from "../helpers/present"
import { resolveProductScope } from "../helpers/scope"
import type { AdminCreatePreOrderType, AdminListPreOrdersType } from "../validators"

/**
 * GET /admin/demand/pre-orders (producer_id, product_id, status,
 * expected_week, order_id, limit, offset): the pre-order book; with
 * `producer_id`, only that producer's products.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListPreOrdersType
  const productIds = await resolveProductScope(req.scope, q)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "pre_order",
    fields: ["*", "product.title", "product.handle", "order.display_id"],
    filters: {
      ...(productIds ? { product_id: productIds } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.expected_week ? { expected_week: q.expected_week } : {}),
      ...(q.order_id ? { order_id: q.order_id } : {}),
    },
    pagination: { take: q.limit, skip: q.offset, order: { expected_week: "ASC", created_at: "ASC" } },
  })
  res.json({ pre_orders: data.map(presentPreOrder), count: metadata?.count ?? data.length, limit: q.limit, offset: q.offset })
}

/** POST /admin/demand/pre-orders: an operator takes a pre-order (phone, kiosk, market stall). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePreOrderType>, res: MedusaResponse) => {
  const { result } = await withConflicts(() =>
    createPreOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, channel: "admin" } })
  )
  res.status(201).json({ pre_order: presentPreOrder(result) })
}
