/**
 * Puts a held claim in the buyer's cart through the Medusa backend's own
 * route (`POST /store/live/claims/:id/cart`, a workflow with Medusa's
 * locking; idempotent: a claim already in the cart answers the same line).
 * The gateway calls it over HTTP on loopback right after `offer:claim`.
 */

export type CartLine = { id: string; lineItemId: string }

/** Who asks: the socket's customer token (if any) and publishable key. */
export type CartCaller = { token?: string | null; publishableKey?: string | null }

export type CartAttacher = (claimId: string, cartId: string, caller: CartCaller) => Promise<CartLine>

export type CartErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "timeout"
  | "unavailable"
  | "internal"

/** Why a claim did not reach the cart (the claim itself stays held). */
export class CartAttachError extends Error {
  constructor(readonly code: CartErrorCode, message: string) {
    super(message)
    this.name = "CartAttachError"
  }
}

export type MedusaCartOptions = {
  /** e.g. http://127.0.0.1:9000 */
  backendUrl: string
  /** Used when the socket did not bring its own key. */
  publishableKey?: string | null
  timeoutMs?: number
}

const STATUS_CODES: Record<number, CartErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
}

export function cartErrorCode(status: number): CartErrorCode {
  return STATUS_CODES[status] ?? (status === 408 || status === 504 ? "timeout" : "internal")
}

export function medusaCartAttacher(o: MedusaCartOptions): CartAttacher {
  const base = o.backendUrl.replace(/\/+$/, "")
  const timeoutMs = o.timeoutMs ?? 10_000
  return async (claimId, cartId, caller) => {
    const key = caller.publishableKey || o.publishableKey
    const headers: Record<string, string> = { "content-type": "application/json" }
    if (key) {
      headers["x-publishable-api-key"] = key
    }
    if (caller.token) {
      headers.authorization = `Bearer ${caller.token}`
    }
    let res: Response
    try {
      res = await fetch(`${base}/store/live/claims/${encodeURIComponent(claimId)}/cart`, {
        method: "POST",
        headers,
        body: JSON.stringify({ cart_id: cartId }),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (e: any) {
      if (e?.name === "TimeoutError" || e?.name === "AbortError") {
        throw new CartAttachError("timeout", `the backend did not answer within ${timeoutMs} ms`)
      }
      throw new CartAttachError("unavailable", "the backend is unreachable")
    }
    const body: any = await res.json().catch(() => null)
    if (!res.ok) {
      const message = typeof body?.message === "string" ? body.message : `backend answered ${res.status}`
      throw new CartAttachError(cartErrorCode(res.status), message)
    }
    const lineItemId = body?.claim?.line_item_id
    if (typeof lineItemId !== "string") {
      throw new CartAttachError("internal", "the backend answered without the cart line")
    }
    return { id: body.claim.cart_id ?? cartId, lineItemId }
  }
}

/** The ack's `cartError` for any failure of an attacher. */
export function cartErrorOf(e: unknown): { code: CartErrorCode; message: string } {
  if (e instanceof CartAttachError) {
    return { code: e.code, message: e.message }
  }
  return { code: "internal", message: "could not put the claim in the cart" }
}
