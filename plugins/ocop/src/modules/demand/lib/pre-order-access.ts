/**
 * A cart as the pre-order routes see it: whose it is, and whether it was
 * checked out. A cart given an email gets a guest customer (no account):
 * that is no owner to check against.
 */
export type PreOrderCart = {
  id: string
  customer_id: string | null
  /** the cart's customer has an account (signs in) */
  customer_has_account: boolean
  completed_at: Date | string | null
}

export type PreOrderAccessRefusal = { type: "unauthorized" | "not_found" | "forbidden" | "conflict"; message: string }

/**
 * Who may pre-order, or list pre-orders, from the store API: a signed-in
 * customer, or whoever holds a cart's id. With `cart_id`, the cart must
 * exist and, when its customer has an account, be the caller's (a cart
 * with no customer, or a guest one, belongs to whoever has its id); a new pre-order also needs the
 * cart not completed. Null when allowed.
 */
export function preOrderAccessRefusal(input: {
  customer_id: string | null
  cart_id: string | null
  cart: PreOrderCart | null
  purpose: "create" | "list"
}): PreOrderAccessRefusal | null {
  const { customer_id, cart_id, cart, purpose } = input
  if (!cart_id) return customer_id ? null : { type: "unauthorized", message: "Sign in or give cart_id" }
  if (!cart) return { type: "not_found", message: "cart_id: no such cart" }
  if (cart.customer_id && cart.customer_has_account && cart.customer_id !== customer_id) {
    return { type: "forbidden", message: "cart_id: the cart belongs to another customer" }
  }
  if (purpose === "create" && cart.completed_at) return { type: "conflict", message: "cart_id: the cart is already completed" }
  return null
}
