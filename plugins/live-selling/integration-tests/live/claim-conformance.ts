import type { Pool } from "pg"
import { DEFAULT_HOLD_MS, type ClaimEngine, type ClaimResult } from "../../src/modules/livestream/claims"
import { decideClaim, type ClaimDecision, type OfferFacts, type Refusal } from "../../src/modules/livestream/claims/claim-rule"
import { LiveError } from "../../src/modules/livestream/lib/errors"
import { ID_PREFIX, newId } from "../../src/modules/livestream/lib/ids"
import { endOffers, insertOffer } from "../../src/modules/livestream/store/offers"
import type { ClaimRow } from "../../src/modules/livestream/lib/types"
import { uniqueKey } from "./helpers/fixtures"

/**
 * One table of claim scenarios, each answered by the claim rule and by an
 * engine: the engine must answer exactly what `decideClaim` answers for the
 * state the scenario sets up.
 */
export type Scenario = {
  name: string
  /** Absent: there is no such offer. `status: "ended"` is applied after the claims `before`. */
  offer?: { quantity: number; perCustomerLimit: number; startsInSec?: number; durationSec?: number; status?: OfferFacts["status"] }
  /**
   * Claims made first, by this buyer or another, with the request's idempotency key or a new one.
   * `expire`: the hold runs out (the engine's expiry sweep at its end); such claims come first.
   */
  before?: { by: "me" | "other"; quantity: number; sameKey?: boolean; expire?: boolean }[]
  quantity: number
  /** What the scenario is about (guards the table against a scenario that tests something else). */
  about: "grant" | "replay" | Refusal["code"]
}

export const SCENARIOS: Scenario[] = [
  { name: "grants and reports what is left", offer: { quantity: 5, perCustomerLimit: 2 }, quantity: 2, about: "grant" },
  { name: "exact last unit", offer: { quantity: 3, perCustomerLimit: 3 }, before: [{ by: "other", quantity: 2 }], quantity: 1, about: "grant" },
  { name: "sold out", offer: { quantity: 2, perCustomerLimit: 2 }, before: [{ by: "other", quantity: 2 }], quantity: 1, about: "sold_out" },
  { name: "fewer left than asked", offer: { quantity: 3, perCustomerLimit: 3 }, before: [{ by: "other", quantity: 2 }], quantity: 2, about: "sold_out" },
  { name: "sold out and over the limit", offer: { quantity: 2, perCustomerLimit: 1 },
    before: [{ by: "me", quantity: 1 }, { by: "other", quantity: 1 }], quantity: 1, about: "sold_out" },
  { name: "limit reached", offer: { quantity: 10, perCustomerLimit: 2 }, before: [{ by: "me", quantity: 2 }], quantity: 1, about: "limit_reached" },
  { name: "the request counts against the limit", offer: { quantity: 10, perCustomerLimit: 2 }, quantity: 3, about: "limit_reached" },
  { name: "not yet started", offer: { quantity: 5, perCustomerLimit: 1, startsInSec: 60, status: "scheduled" }, quantity: 1, about: "not_live" },
  { name: "scheduled, its start time come", offer: { quantity: 5, perCustomerLimit: 1, status: "scheduled" }, quantity: 1, about: "grant" },
  { name: "window over", offer: { quantity: 5, perCustomerLimit: 1, startsInSec: -120, durationSec: 60 }, quantity: 1, about: "not_live" },
  { name: "stopped", offer: { quantity: 5, perCustomerLimit: 2, status: "ended" }, before: [{ by: "other", quantity: 1 }], quantity: 1, about: "not_live" },
  { name: "replay", offer: { quantity: 5, perCustomerLimit: 2 }, before: [{ by: "me", quantity: 2, sameKey: true }], quantity: 2, about: "replay" },
  { name: "replay after sold out", offer: { quantity: 2, perCustomerLimit: 2 },
    before: [{ by: "me", quantity: 1, sameKey: true }, { by: "other", quantity: 1 }], quantity: 1, about: "replay" },
  { name: "foreign key reuse", offer: { quantity: 5, perCustomerLimit: 2 }, before: [{ by: "other", quantity: 1, sameKey: true }], quantity: 1, about: "bad_request" },
  { name: "no such offer", quantity: 1, about: "not_found" },
  { name: "holds the buyer let expire count against the limit", offer: { quantity: 10, perCustomerLimit: 2 },
    before: [{ by: "me", quantity: 2, expire: true }], quantity: 1, about: "limit_reached" },
  { name: "expired and held units count together", offer: { quantity: 10, perCustomerLimit: 3 },
    before: [{ by: "me", quantity: 1, expire: true }, { by: "me", quantity: 1 }], quantity: 2, about: "limit_reached" },
  { name: "another buyer's expired holds come back for everyone", offer: { quantity: 2, perCustomerLimit: 2 },
    before: [{ by: "other", quantity: 2, expire: true }], quantity: 2, about: "grant" },
  { name: "a hold ends with its offer", offer: { quantity: 5, perCustomerLimit: 1, durationSec: 30 }, quantity: 1, about: "grant" },
  { name: "quantity out of range", offer: { quantity: 500, perCustomerLimit: 500 }, quantity: 101, about: "bad_request" },
]

type Answer = ClaimDecision<string>

/** Sets the scenario up, then asks the rule and the engine. */
export async function runScenario(db: Pool, engine: ClaimEngine, streamId: string, s: Scenario, buyers: string) {
  const me = `cus_${buyers}_me`
  const key = uniqueKey("conf")
  const offer = s.offer
    ? await insertOffer(db, {
      id: newId(ID_PREFIX.offer), streamId, variantId: newId("variant"), productId: newId("prod"),
      title: s.name, thumbnail: null, price: 99_000, originalPrice: null, quantity: s.offer.quantity,
      perCustomerLimit: s.offer.perCustomerLimit, startsInSec: s.offer.startsInSec ?? -1,
      durationSec: s.offer.durationSec ?? 600, live: s.offer.status !== "scheduled",
    })
    : null
  const offerId = offer?.id ?? newId(ID_PREFIX.offer)
  let claimed = 0
  let buyerClaimed = 0
  let buyerExpired = 0
  let existingClaim: ClaimRow | null = null
  for (const b of s.before ?? []) {
    const r = await engine.claim({
      offerId, quantity: b.quantity, idempotencyKey: b.sameKey ? key : uniqueKey("prior"),
      customerKey: b.by === "me" ? me : `cus_${buyers}_other`,
    })
    if (b.expire) {
      await engine.expireDue(new Date(r.claim.expires_at.getTime() + 1))
      buyerExpired += b.by === "me" ? b.quantity : 0
    } else {
      claimed += b.quantity
      buyerClaimed += b.by === "me" ? b.quantity : 0
    }
    existingClaim = b.sameKey ? r.claim : existingClaim
  }
  if (s.offer?.status === "ended") {
    await endOffers(db, { ids: [offerId], reason: "stopped" }, false)
    await engine.closeOffer(offerId)
  }
  const request = { quantity: s.quantity, customerKey: me, idempotencyKey: key }
  const facts: OfferFacts | null = offer && {
    status: s.offer!.status ?? "live", quantity: offer.quantity, claimed, startsAt: offer.starts_at.getTime(),
    endsAt: offer.ends_at.getTime(), perCustomerLimit: offer.per_customer_limit,
  }
  const rule = decideClaim(
    { offer: facts, now: Date.now(), holdMs: DEFAULT_HOLD_MS, buyerClaimed, buyerExpired, existingClaim }, request
  )
  return {
    rule: rule.kind === "replay" ? { ...rule, claim: rule.claim.id } : rule,
    engine: await answerOf(engine.claim({ offerId, ...request })),
  }
}

/** An engine's answer in the rule's terms (a replayed claim by its id). */
async function answerOf(claim: Promise<ClaimResult>): Promise<Answer> {
  try {
    const r = await claim
    return r.duplicate
      ? { kind: "replay", claim: r.claim.id, left: r.left }
      : { kind: "grant", left: r.left, expiresAt: r.claim.expires_at.getTime() }
  } catch (e) {
    if (!(e instanceof LiveError) || e.code === "internal") {
      throw e
    }
    const { left, field } = e.details as { left?: number; field?: string }
    return { kind: "refuse", code: e.code as Refusal["code"], message: e.message, left: left ?? null, ...(field ? { field } : {}) }
  }
}

export const aboutOf = (a: Answer) => (a.kind === "refuse" ? a.code : a.kind)

/**
 * The engine's answer, its hold's end taken as the rule's when they are
 * within `slackMs` (the rule is asked at the test's clock, the engine at
 * its store's: Postgres `now()` or Redis `TIME`).
 */
export function onRuleClock(engine: Answer, rule: Answer, slackMs = 2_000): Answer {
  if (engine.kind === "grant" && rule.kind === "grant" && Math.abs(engine.expiresAt - rule.expiresAt) <= slackMs) {
    return { ...engine, expiresAt: rule.expiresAt }
  }
  return engine
}
