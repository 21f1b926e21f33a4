import { decideClaim, type ClaimDecision, type ClaimRequest, type OfferFacts } from "./claim-rule"

/**
 * Several claims on one offer decided together, in order, as if each came
 * after the one before it: the claim rule (`decideClaim`) answers each on
 * the offer's state plus what the earlier claims of the batch were granted.
 * Pure: no I/O, no clock.
 */

/** What the batch is decided on: one read of the offer and of its buyers. */
export type BatchState<C extends { customer_key: string }> = {
  /** Null when there is no such offer. */
  offer: OfferFacts | null
  now: number
  holdMs: number
  /** Per buyer (customer key): units held or bought, units of holds that ran out. Absent: none. */
  buyers: Map<string, { claimed: number; expired: number }>
  /** Claims already made on this offer, by idempotency key. */
  claims: Map<string, C>
}

/** A claim granted earlier in the same batch (its row is written with the batch). */
export type BatchGrant = { customer_key: string; grantOf: number }

export type BatchDecision<C> = ClaimDecision<C | BatchGrant>

/**
 * One decision per request, in order. A grant takes its units and counts
 * toward its buyer's limit for the requests after it; a key granted earlier
 * in the batch replays that grant (`BatchGrant`: the index of the request
 * that was granted) for its buyer and is refused for anyone else.
 */
export function decideBatch<C extends { customer_key: string }>(
  state: BatchState<C>,
  requests: ClaimRequest[]
): BatchDecision<C>[] {
  let taken = 0
  const grantedTo = new Map<string, number>()
  const granted = new Map<string, BatchGrant>()
  return requests.map((r, i) => {
    const buyer = state.buyers.get(r.customerKey) ?? { claimed: 0, expired: 0 }
    const d = decideClaim<C | BatchGrant>(
      {
        offer: state.offer && { ...state.offer, claimed: state.offer.claimed + taken },
        now: state.now,
        holdMs: state.holdMs,
        buyerClaimed: buyer.claimed + (grantedTo.get(r.customerKey) ?? 0),
        buyerExpired: buyer.expired,
        existingClaim: state.claims.get(r.idempotencyKey) ?? granted.get(r.idempotencyKey) ?? null,
      },
      r
    )
    if (d.kind === "grant") {
      taken += r.quantity
      grantedTo.set(r.customerKey, (grantedTo.get(r.customerKey) ?? 0) + r.quantity)
      granted.set(r.idempotencyKey, { customer_key: r.customerKey, grantOf: i })
    }
    return d
  })
}

/** Units the batch's grants take. */
export function unitsGranted(decisions: BatchDecision<unknown>[], requests: ClaimRequest[]): number {
  return decisions.reduce((n, d, i) => n + (d.kind === "grant" ? requests[i].quantity : 0), 0)
}
