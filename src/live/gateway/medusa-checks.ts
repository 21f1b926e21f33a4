import type { Catalog } from "../control/context"
import { LiveError } from "../errors"
import { getCart, getVariant } from "../store/medusa"
import type { Db } from "../types"
import type { CartCheck } from "./context"

/** Variants from Medusa's product and pricing tables. */
export function medusaCatalog(db: Db): Catalog {
  return { getVariant: (id) => getVariant(db, id) }
}

/** The cart must exist, be open, and be the customer's (or anonymous). */
export function medusaCartCheck(db: Db): CartCheck {
  return async (cartId, actor) => {
    const cart = await getCart(db, cartId)
    if (!cart) {
      throw new LiveError("not_found", `cartId: cart ${cartId} not found`)
    }
    if (cart.completed_at) {
      throw new LiveError("bad_request", "cartId: cart is already completed")
    }
    if (cart.customer_id && cart.customer_id !== actor.id) {
      throw new LiveError("forbidden", "cartId: cart belongs to another customer")
    }
  }
}
