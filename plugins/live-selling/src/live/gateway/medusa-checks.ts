import { LiveError } from "../../modules/livestream/lib/errors"
import type { CartCheck } from "./context"
import { liveErrorOf } from "./medusa-errors"
import { MedusaCallError, type MedusaHttp } from "./medusa-http"
import { TtlCache } from "./ttl-cache"

/**
 * What the gateway asks the Medusa backend about its callers, through the
 * store API with the caller's own credentials.
 */

/**
 * The cart must exist, be open, and be the customer's (or anonymous): stock
 * `GET /store/carts/:id`. A signed-in customer's anonymous cart becomes
 * theirs (stock `POST /store/carts/:id/customer`, as a storefront
 * does at sign-in), so a widget that only holds a live ticket and made its
 * cart with the publishable key still places the customer's own order.
 */
export function medusaCartCheck(http: MedusaHttp): CartCheck {
  return async (cartId, actor, caller) => {
    const path = `/store/carts/${encodeURIComponent(cartId)}`
    let cart: { completed_at: string | null; customer?: { id: string } | null }
    try {
      ;({ cart } = await http.get(`${path}?fields=id,completed_at,customer.id`, caller))
    } catch (e) {
      if (e instanceof MedusaCallError && e.code === "not_found") {
        throw new LiveError("not_found", `cartId: cart ${cartId} not found`)
      }
      if (e instanceof MedusaCallError && !e.status) {
        // No answer: the claim is still held, and the cart route (which
        // checks the same) reports the failure as the ack's `cartError`.
        return
      }
      throw liveErrorOf(e)
    }
    if (cart.completed_at) {
      throw new LiveError("bad_request", "cartId: cart is already completed")
    }
    const ownerId = cart.customer?.id
    if (ownerId && ownerId !== actor.id) {
      throw new LiveError("forbidden", "cartId: cart belongs to another customer")
    }
    // (the store API does not say whether a cart's customer is a guest, and
    // stock Medusa's transfer does not check: only an anonymous cart moves)
    if (!ownerId && actor.type === "customer" && caller.token) {
      await http.post(`${path}/customer`, {}, caller).catch((e) => {
        // no answer: the claim stands; the order is then a guest's
        if (!(e instanceof MedusaCallError && !e.status)) throw liveErrorOf(e)
      })
    }
  }
}

/** Whether a publishable key is valid: any store call with it (cached a minute). */
export function medusaKeyCheck(http: MedusaHttp, o: { ttlMs?: number; max?: number } = {}) {
  const keys = new TtlCache<boolean>({ ttlMs: o.ttlMs ?? 60_000, max: o.max ?? 1_000 })
  return (key: string) =>
    keys.get(key, async () => {
      try {
        await http.get("/store/live/streams?limit=1", { publishableKey: key })
        return true
      } catch (e) {
        if (e instanceof MedusaCallError && (e.status === 400 || e.status === 401 || e.status === 403)) {
          return false
        }
        throw new LiveError("internal", "publishableKey: could not be checked, try again")
      }
    })
}

/**
 * A customer's display name from stock `GET /store/customers/me` with its
 * own token (cached by customer a minute); null when it has none or the
 * backend does not answer (the gateway then uses a default name).
 */
export function medusaCustomerNames(http: MedusaHttp, o: { ttlMs?: number; max?: number } = {}) {
  const names = new TtlCache<string | null>({ ttlMs: o.ttlMs ?? 60_000, max: o.max ?? 10_000 })
  return (customerId: string, token: string) =>
    names
      .get(customerId, async () => {
        const { customer } = await http.get("/store/customers/me?fields=id,first_name,last_name", { token })
        return [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || null
      })
      .catch(() => null)
}
