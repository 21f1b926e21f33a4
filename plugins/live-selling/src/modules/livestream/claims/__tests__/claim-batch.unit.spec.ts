import { decideBatch, unitsGranted, type BatchState } from "../claim-batch"
import type { ClaimRequest, OfferFacts } from "../claim-rule"

type Claim = { id: string; customer_key: string }

const NOW = 1_000_000
const HOLD_MS = 600
const offer: OfferFacts = {
  status: "live", quantity: 5, claimed: 2, startsAt: NOW - 1000, endsAt: NOW + 1000, perCustomerLimit: 2,
}
const state = (s: Partial<BatchState<Claim>> = {}): BatchState<Claim> => ({
  offer, now: NOW, holdMs: HOLD_MS, buyers: new Map(), claims: new Map(), ...s,
})
const req = (customerKey: string, idempotencyKey: string, quantity = 1): ClaimRequest => ({ customerKey, idempotencyKey, quantity })
const grant = (left: number) => ({ kind: "grant", left, expiresAt: NOW + HOLD_MS })
const soldOut = { kind: "refuse", code: "sold_out", message: "offerId: sold out", left: 0 }
const limit = (left: number) => ({ kind: "refuse", code: "limit_reached", message: "offerId: per-customer limit reached", left })

describe("decideBatch", () => {
  it("decides claims in order, each on the units the earlier grants left", () => {
    const rs = [req("a", "key-a-0001"), req("b", "key-b-0001", 2), req("c", "key-c-0001")]
    expect(decideBatch(state(), rs)).toEqual([grant(2), grant(0), soldOut])
  })

  it("sells out mid-batch: exactly the units there are, never more", () => {
    const rs = Array.from({ length: 10 }, (_, i) => req(`cus_${i}`, `key-${i}-0001`))
    const ds = decideBatch(state(), rs)
    expect(ds.map((d) => d.kind)).toEqual(["grant", "grant", "grant", ...Array(7).fill("refuse")])
    expect(unitsGranted(ds, rs)).toBe(3)
    expect(ds.slice(3)).toEqual(Array(7).fill(soldOut))
  })

  it("reports how few are left when a claim asks for more", () => {
    const rs = [req("a", "key-a-0001", 2), req("b", "key-b-0001", 2)]
    expect(decideBatch(state(), rs)).toEqual([
      grant(1), { kind: "refuse", code: "sold_out", message: "quantity: only 1 left", left: 1 },
    ])
  })

  it("counts a buyer's grants in the batch toward their limit, with what they held before", () => {
    const buyers = new Map([["a", { claimed: 1, expired: 0 }], ["b", { claimed: 0, expired: 1 }]])
    const big = state({ offer: { ...offer, quantity: 50 }, buyers })
    const rs = [req("a", "key-a-0001"), req("a", "key-a-0002"), req("b", "key-b-0001"), req("b", "key-b-0002"), req("c", "key-c-0001", 3)]
    expect(decideBatch(big, rs)).toEqual([grant(47), limit(47), grant(46), limit(46), limit(46)])
  })

  it("the same key twice in one batch: the buyer's second is a replay of the first grant", () => {
    const rs = [req("a", "key-a-0001"), req("b", "key-b-0001"), req("a", "key-a-0001")]
    expect(decideBatch(state(), rs)).toEqual([
      grant(2), grant(1), { kind: "replay", claim: { customer_key: "a", grantOf: 0 }, left: 1 },
    ])
  })

  it("the same key from another buyer in one batch is refused, and takes nothing", () => {
    const rs = [req("a", "key-x-0001"), req("b", "key-x-0001"), req("c", "key-c-0001")]
    expect(decideBatch(state(), rs)).toEqual([
      grant(2),
      { kind: "refuse", code: "bad_request", message: "idempotencyKey: already used for another claim", left: null, field: "idempotencyKey" },
      grant(1),
    ])
  })

  it("replays a key already claimed before the batch, even once sold out", () => {
    const mine = { id: "lclm_1", customer_key: "a" }
    const s = state({ offer: { ...offer, claimed: 5 }, claims: new Map([["key-a-0001", mine]]) })
    expect(decideBatch(s, [req("a", "key-a-0001"), req("b", "key-b-0001")])).toEqual([
      { kind: "replay", claim: mine, left: 0 }, soldOut,
    ])
  })

  it("a refused key stays free: the same buyer's retry in the batch is decided afresh", () => {
    const s = state({ buyers: new Map([["a", { claimed: 2, expired: 0 }]]) })
    expect(decideBatch(s, [req("a", "key-a-0001"), req("a", "key-a-0001")])).toEqual([limit(3), limit(3)])
  })

  it("answers every claim of an unknown or ended offer as the rule does", () => {
    const rs = [req("a", "key-a-0001"), req("b", "key-b-0001")]
    const notFound = { kind: "refuse", code: "not_found", message: "offerId: offer not found", left: null }
    const notLive = { kind: "refuse", code: "not_live", message: "offerId: offer is not live", left: 3 }
    expect(decideBatch(state({ offer: null }), rs)).toEqual([notFound, notFound])
    expect(decideBatch(state({ offer: { ...offer, status: "ended" } }), rs)).toEqual([notLive, notLive])
  })
})
