import type { ClaimRow, OfferRow } from "../lib/types"

export type ClaimInput = {
  offerId: string
  /** Customer id, or `guest_<id>` for guests: the per-customer limit key. */
  customerKey: string
  customerId?: string | null
  quantity: number
  idempotencyKey: string
  cartId?: string | null
}

export type ClaimResult = {
  claim: ClaimRow
  left: number
  /** True when the idempotency key already had this claim (a retry). */
  duplicate: boolean
}

/**
 * Atomic, never-overselling claims on live offers. Errors are `LiveError`s
 * with codes `sold_out`, `limit_reached`, `not_live`, `not_found`,
 * `bad_request`.
 */
export interface ClaimEngine {
  readonly kind: "postgres" | "redis"
  claim(input: ClaimInput): Promise<ClaimResult>
  /** held → released; its units go back to the offer. Null if not held. */
  release(claimId: string): Promise<ClaimRow | null>
  /** held past `expires_at` → expired; returns how many. */
  expireDue(now?: Date): Promise<number>
  /** held → converted (Medusa side, when the order is placed). */
  convert(
    claimId: string,
    refs?: { orderId?: string | null; lineItemId?: string | null }
  ): Promise<ClaimRow>
  /** Makes a new or changed offer claimable (Redis: loads its state). */
  prepareOffer(offerId: string): Promise<void>
  /** Stops claims on an ended offer at once. */
  closeOffer(offerId: string): Promise<void>
  /** Units left per offer id. */
  left(offers: OfferRow[]): Promise<Map<string, number>>
  /** Broadcasts `offer:stock` (coalesced, reads `left` at publish time). */
  announceStock(offerId: string, streamId: string): void
  /** Sends pending stock broadcasts and syncs now. */
  flush(): Promise<void>
}

export const DEFAULT_HOLD_MS = 10 * 60 * 1000
