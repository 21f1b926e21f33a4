import { decideClaim, malformed, type ClaimDecision, type ClaimRequest, type ClaimState, type OfferFacts } from "../claim-rule"

type Claim = { id: string; customer_key: string }

/** A grant holding the units for HOLD_MS from `now`, never past the offer's end. */
const grant = (left: number, now = NOW) => ({ kind: "grant" as const, left, expiresAt: Math.min(now + HOLD_MS, offer.endsAt) })

const NOW = 1_000_000
const offer: OfferFacts = {
  status: "live", quantity: 10, claimed: 4, startsAt: NOW - 1000, endsAt: NOW + 1000, perCustomerLimit: 3,
}
const HOLD_MS = 600
const state: ClaimState<Claim> = { offer, now: NOW, holdMs: HOLD_MS, buyerClaimed: 0, buyerExpired: 0, existingClaim: null }
const request: ClaimRequest = { quantity: 1, customerKey: "cus_me", idempotencyKey: "key-0001" }
const mine: Claim = { id: "lclm_mine", customer_key: "cus_me" }
const theirs: Claim = { id: "lclm_theirs", customer_key: "cus_other" }

const cases: [string, Partial<ClaimState<Claim>>, Partial<ClaimRequest>, ClaimDecision<Claim>][] = [
  ["grants and reports what is left", {}, { quantity: 2 }, grant(4)],
  ["grants the exact last unit", { offer: { ...offer, claimed: 9 } }, {}, grant(0)],
  ["grants up to the limit", { buyerClaimed: 2 }, {}, grant(5)],
  ["grants at the first millisecond of the window", { now: offer.startsAt }, {}, grant(5, offer.startsAt)],
  ["grants on a scheduled offer whose start has come", { offer: { ...offer, status: "scheduled" } }, {},
    grant(5)],
  ["refuses a sold out offer", { offer: { ...offer, claimed: 10 } }, {},
    { kind: "refuse", code: "sold_out", message: "offerId: sold out", left: 0 }],
  ["refuses more than is left", { offer: { ...offer, claimed: 8 } }, { quantity: 3 },
    { kind: "refuse", code: "sold_out", message: "quantity: only 2 left", left: 2 }],
  ["says sold out before the buyer's limit", { offer: { ...offer, claimed: 10 }, buyerClaimed: 3 }, {},
    { kind: "refuse", code: "sold_out", message: "offerId: sold out", left: 0 }],
  ["refuses past the per-customer limit", { buyerClaimed: 3 }, {},
    { kind: "refuse", code: "limit_reached", message: "offerId: per-customer limit reached", left: 6 }],
  ["counts the request against the limit", {}, { quantity: 4 },
    { kind: "refuse", code: "limit_reached", message: "offerId: per-customer limit reached", left: 6 }],
  ["counts holds the buyer let expire against the limit", { buyerExpired: 3 }, {},
    { kind: "refuse", code: "limit_reached", message: "offerId: per-customer limit reached", left: 6 }],
  ["counts expired and held units together", { buyerClaimed: 1, buyerExpired: 1 }, { quantity: 2 },
    { kind: "refuse", code: "limit_reached", message: "offerId: per-customer limit reached", left: 6 }],
  ["grants what the limit leaves after expired holds", { buyerExpired: 2 }, {}, grant(5)],
  ["holds until the offer ends when it ends before the hold would", { now: offer.endsAt - 100 }, {},
    { kind: "grant", left: 5, expiresAt: offer.endsAt }],
  ["refuses before the window", { now: offer.startsAt - 1 }, {},
    { kind: "refuse", code: "not_live", message: "offerId: offer is not live", left: 6 }],
  ["refuses at the end of the window", { now: offer.endsAt }, {},
    { kind: "refuse", code: "not_live", message: "offerId: offer is not live", left: 6 }],
  ["refuses an ended offer inside its window", { offer: { ...offer, status: "ended" } }, {},
    { kind: "refuse", code: "not_live", message: "offerId: offer is not live", left: 6 }],
  ["refuses an unknown offer", { offer: null }, {},
    { kind: "refuse", code: "not_found", message: "offerId: offer not found", left: null }],
  ["replays the buyer's own claim for a reused key", { existingClaim: mine }, {},
    { kind: "replay", claim: mine, left: 6 }],
  ["replays even once sold out or ended", { existingClaim: mine, offer: { ...offer, claimed: 10, status: "ended" } }, {},
    { kind: "replay", claim: mine, left: 0 }],
  ["refuses another buyer's key", { existingClaim: theirs }, {},
    { kind: "refuse", code: "bad_request", message: "idempotencyKey: already used for another claim", left: null, field: "idempotencyKey" }],
  ["refuses a zero quantity", {}, { quantity: 0 },
    { kind: "refuse", code: "bad_request", message: "quantity: must be an integer from 1 to 100", left: null, field: "quantity" }],
  ["refuses a fractional quantity", {}, { quantity: 1.5 },
    { kind: "refuse", code: "bad_request", message: "quantity: must be an integer from 1 to 100", left: null, field: "quantity" }],
  ["refuses more than 100 at once", {}, { quantity: 101 },
    { kind: "refuse", code: "bad_request", message: "quantity: must be an integer from 1 to 100", left: null, field: "quantity" }],
  ["refuses a short idempotency key", {}, { idempotencyKey: "short" },
    { kind: "refuse", code: "bad_request", message: "idempotencyKey: must be 8-128 characters of A-Z a-z 0-9 _ . : -", left: null, field: "idempotencyKey" }],
  ["refuses an idempotency key with spaces", {}, { idempotencyKey: "has space 123" },
    { kind: "refuse", code: "bad_request", message: "idempotencyKey: must be 8-128 characters of A-Z a-z 0-9 _ . : -", left: null, field: "idempotencyKey" }],
  ["refuses a missing customer key", {}, { customerKey: "" },
    { kind: "refuse", code: "bad_request", message: "customerKey: is required", left: null, field: "customerKey" }],
  ["checks the request's shape before anything else", { offer: null, existingClaim: theirs }, { quantity: 0 },
    { kind: "refuse", code: "bad_request", message: "quantity: must be an integer from 1 to 100", left: null, field: "quantity" }],
]

describe("decideClaim", () => {
  it.each(cases)("%s", (_name, s, r, expected) => {
    expect(decideClaim({ ...state, ...s }, { ...request, ...r })).toEqual(expected)
  })

  it("is what `malformed` answers for a bad shape, and null for a good one", () => {
    expect(malformed(request)).toBeNull()
    expect(malformed({ ...request, quantity: 0 })).toEqual(decideClaim(state, { ...request, quantity: 0 }))
  })
})
