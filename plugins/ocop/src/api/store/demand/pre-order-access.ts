import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PreOrderCart, preOrderAccessRefusal } from "../../../modules/demand/lib"

const ERROR_TYPES = {
  unauthorized: MedusaError.Types.UNAUTHORIZED,
  not_found: MedusaError.Types.NOT_FOUND,
  forbidden: MedusaError.Types.FORBIDDEN,
  conflict: MedusaError.Types.CONFLICT,
} as const

/**
 * Throws unless the caller may pre-order (`create`) or list pre-orders
 * (`list`) with this cart: see `preOrderAccessRefusal`. Answers the signed-in
 * customer's id, or null.
 */
export async function assertPreOrderAccess(
  req: AuthenticatedMedusaRequest<any, any>,
  cartId: string | null | undefined,
  purpose: "create" | "list"
): Promise<string | null> {
  const customerId = req.auth_context?.actor_id || null
  let cart: PreOrderCart | null = null
  if (cartId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "completed_at", "customer.has_account"], filters: { id: cartId } })
    const c = data[0] as any
    cart = c
      ? { id: c.id, customer_id: c.customer_id ?? null, customer_has_account: !!c.customer?.has_account, completed_at: c.completed_at ?? null }
      : null
  }
  const refusal = preOrderAccessRefusal({ customer_id: customerId, cart_id: cartId ?? null, cart, purpose })
  if (refusal) throw new MedusaError(ERROR_TYPES[refusal.type], refusal.message)
  return customerId
}
