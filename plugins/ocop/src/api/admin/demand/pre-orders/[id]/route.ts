import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentPreOrder } from "../../helpers/present"

/** GET /admin/demand/pre-orders/:id, with the product and the linked order and cart. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [preOrder] } = await query.graph({
    entity: "pre_order",
    fields: ["*", "product.title", "product.handle", "order.id", "order.display_id", "order.status", "cart.id", "cart.completed_at"],
    filters: { id: req.params.id },
  })
  if (!preOrder) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pre-order ${req.params.id} was not found`)
  res.json({ pre_order: presentPreOrder(preOrder) })
}
