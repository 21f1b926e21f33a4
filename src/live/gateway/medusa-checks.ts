import type { Catalog } from "../control/context"
import { LiveError } from "../errors"
import { getCart, getVariant, productOwners } from "../store/medusa"
import type { Db } from "../types"
import type { CartCheck } from "./context"

/**
 * Variants and products from Medusa's tables, with the OCOP producer that
 * owns each product (from its OCOP provenance; null when it has none), so a
 * producer can only pin and sell its own products, through the gateway as
 * through REST.
 */
export function medusaCatalog(db: Db): Catalog {
  return {
    async getVariant(variantId) {
      const variant = await getVariant(db, variantId)
      if (!variant) {
        return null
      }
      const owners = await productOwners(db, [variant.productId])
      return { ...variant, producerId: owners.get(variant.productId) ?? null }
    },
    productOwners: (productIds) => productOwners(db, productIds),
  }
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
