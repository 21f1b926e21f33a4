/**
 * The claim rule: may this buyer claim N units of a flash offer now? The one
 * specification both claim engines answer with; they differ only in how they
 * make it atomic (Postgres: a buyer lock and a conditional UPDATE on stock,
 * Redis: a Lua compare-and-increment). Pure: no I/O, no clock.
 */

/** The offer as the rule sees it. Times are epoch ms; the window is [startsAt, endsAt). */
export type OfferFacts = {
  status: "scheduled" | "live" | "ended"
  quantity: number
  /** Units held or bought (held + converted claims). */
  claimed: number
  startsAt: number
  endsAt: number
  perCustomerLimit: number
}

export type ClaimState<C extends { customer_key: string }> = {
  /** Null when there is no such offer. */
  offer: OfferFacts | null
  now: number
  /** How long a granted claim holds its units (the engine's setting). */
  holdMs: number
  /** Units this buyer already holds or bought on this offer. */
  buyerClaimed: number
  /** Units of this buyer's holds on this offer that ran out unbought (they count toward the limit). */
  buyerExpired: number
  /** The claim already made with this idempotency key on this offer, if any. */
  existingClaim: C | null
}

export type ClaimRequest = {
  quantity: number
  /** Customer id, or `guest_<id>`: the per-customer limit key. */
  customerKey: string
  idempotencyKey: string
}

export type Refusal = {
  kind: "refuse"
  code: "not_found" | "not_live" | "sold_out" | "limit_reached" | "bad_request"
  /** `field: problem`, as the public API answers it. */
  message: string
  /** Units left, when the answer reports them (not for `not_found`, `bad_request`). */
  left: number | null
  /** The request field at fault (`bad_request` only). */
  field?: string
}

export type ClaimDecision<C> =
  /** `expiresAt`: when the hold ends, epoch ms: `now + holdMs`, never after the offer's end. */
  | { kind: "grant"; left: number; expiresAt: number }
  | { kind: "replay"; claim: C; left: number }
  | Refusal

export const MAX_CLAIM_QUANTITY = 100

const KEY_RE = /^[A-Za-z0-9_.:-]{8,128}$/

const badRequest = (field: string, problem: string): Refusal => ({
  kind: "refuse", code: "bad_request", message: `${field}: ${problem}`, left: null, field,
})

const refuse = (code: Refusal["code"], message: string, left: number | null): Refusal => ({
  kind: "refuse", code, message, left,
})

/** Shape checks, which need no state: engines apply them before touching stock. */
export function malformed(r: ClaimRequest): Refusal | null {
  if (!Number.isInteger(r.quantity) || r.quantity < 1 || r.quantity > MAX_CLAIM_QUANTITY) {
    return badRequest("quantity", `must be an integer from 1 to ${MAX_CLAIM_QUANTITY}`)
  }
  if (typeof r.idempotencyKey !== "string" || !KEY_RE.test(r.idempotencyKey)) {
    return badRequest("idempotencyKey", "must be 8-128 characters of A-Z a-z 0-9 _ . : -")
  }
  if (!r.customerKey) {
    return badRequest("customerKey", "is required")
  }
  return null
}

/**
 * In order: a malformed request is refused; a reused idempotency key
 * replays its claim for the same buyer and is refused for anyone else; then
 * the offer must exist, be open (scheduled or live, not ended) and inside
 * its window, have the units (sold out comes before the buyer's limit, so
 * "no units left" is everyone's answer), and the buyer must stay within the
 * per-customer limit, counting units held, bought, and held until the hold
 * ran out (letting holds expire does not reset the limit; a hold released
 * by the buyer does not count). A grant holds the units for `holdMs`, but
 * never past the offer's end.
 */
export function decideClaim<C extends { customer_key: string }>(
  state: ClaimState<C>,
  request: ClaimRequest
): ClaimDecision<C> {
  const bad = malformed(request)
  if (bad) {
    return bad
  }
  const { offer, existingClaim } = state
  const left = offer ? Math.max(0, offer.quantity - offer.claimed) : 0
  if (existingClaim) {
    return existingClaim.customer_key === request.customerKey
      ? { kind: "replay", claim: existingClaim, left }
      : badRequest("idempotencyKey", "already used for another claim")
  }
  if (!offer) {
    return refuse("not_found", "offerId: offer not found", null)
  }
  if (offer.status === "ended" || state.now < offer.startsAt || state.now >= offer.endsAt) {
    return refuse("not_live", "offerId: offer is not live", left)
  }
  if (request.quantity > left) {
    return refuse("sold_out", left === 0 ? "offerId: sold out" : `quantity: only ${left} left`, left)
  }
  if (state.buyerClaimed + state.buyerExpired + request.quantity > offer.perCustomerLimit) {
    return refuse("limit_reached", "offerId: per-customer limit reached", left)
  }
  return { kind: "grant", left: left - request.quantity, expiresAt: Math.min(state.now + state.holdMs, offer.endsAt) }
}
