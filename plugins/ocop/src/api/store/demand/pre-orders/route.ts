import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEMAND_MODULE } from "../../../../modules/demand"
import type DemandModuleService from "../../../../modules/demand/service"
import { createPreOrderWorkflow } from "../../../../workflows/demand/create-pre-order"
import { withConflicts } from "../../../admin/demand/helpers/conflicts"
import { presentPreOrder } from "../../../admin/demand/helpers/present"
import { assertPreOrderAccess } from "../pre-order-access"
import type { StoreCreatePreOrderType, StoreListPreOrdersType } from "../validators"

/**
 * POST /store/demand/pre-orders: pre-order a coming harvest, from a cart
 * (cash on delivery or a 30% deposit). A signed-in customer, or a cart the
 * caller holds (not completed, and the caller's if it has a customer).
 * Answers `{ pre_order }` with the expected week and the deposit in VND.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreatePreOrderType>, res: MedusaResponse) => {
  const { result } = await withConflicts(async () => {
    const customerId = await assertPreOrderAccess(req, req.validatedBody.cart_id, "create")
    return createPreOrderWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: customerId, channel: "store" },
    })
  })
  res.status(201).json({ pre_order: presentPreOrder(result) })
}

/**
 * GET /store/demand/pre-orders: the signed-in customer's pre-orders, or a
 * cart's (`cart_id`: a cart the caller holds, the caller's if it has a customer).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListPreOrdersType>, res: MedusaResponse) => {
  const { cart_id } = req.validatedQuery
  const customerId = await assertPreOrderAccess(req, cart_id, "list")
  const demand = req.scope.resolve<DemandModuleService>(DEMAND_MODULE)
  const preOrders = await demand.listPreOrders(cart_id ? { cart_id } : { customer_id: customerId }, {
    order: { created_at: "DESC" },
    take: 100,
  })
  res.json({ pre_orders: preOrders.map(presentPreOrder) })
}
