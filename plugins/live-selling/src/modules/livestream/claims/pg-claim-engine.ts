import { LiveError } from "../lib/errors"
import type { LiveEventPublisher } from "../events/types"
import { ID_PREFIX, newId } from "../lib/ids"
import { claimKeysUsed, endHeldClaims, giveBackUnits, offersWithDueHolds } from "../store/claims"
import { readBatchState, takeUnitsAndInsert } from "../store/claim-batch-statements"
import { withTransaction } from "../store/tx"
import { keyedBatch } from "../lib/keyed-batch"
import { tickBatch } from "../lib/tick-batch"
import type { ClaimRow, Db, OfferRow } from "../lib/types"
import { decideBatch, unitsGranted, type BatchDecision } from "./claim-batch"
import { decideClaim, type ClaimDecision, type OfferFacts } from "./claim-rule"
import { answerOf, convertClaim, refusalError, rejectMalformed, stockAnnouncer } from "./shared"
import { DEFAULT_HOLD_MS, type ClaimEngine, type ClaimInput, type ClaimResult } from "./types"

const SOLD_OUT_TTL_MS = 250
const MAX_ATTEMPTS = 10
const UNIQUE_VIOLATION = "23505"

type Answer = PromiseSettledResult<ClaimResult>

/**
 * Claims in Postgres, in batches: the claims on one offer that arrive in
 * one turn of the event loop (or while the offer's previous batch ran) are
 * decided together in one transaction: the offer row locked and every
 * buyer's state read (`readBatchState`), each claim decided in order by
 * the claim rule (`decideBatch`), then one UPDATE of the offer, one insert
 * of the granted claims and COMMIT (`takeUnitsAndInsert`). A batch that
 * fails is tried again claim by claim, so one bad claim fails no other.
 */
export class PgClaimEngine implements ClaimEngine {
  readonly kind = "postgres" as const
  private readonly stock: ReturnType<typeof stockAnnouncer>
  // Offers seen sold out, for a moment: in a flash sale most attempts come
  // after the last unit went, and need no transaction to be refused. Units
  // given back elsewhere become claimable again within SOLD_OUT_TTL_MS.
  private readonly soldOut = new Map<string, { at: number; offer: OfferFacts; now: number }>()
  // One batch per offer at a time; claims arriving meanwhile form the next.
  private readonly batch = keyedBatch((offerId: string, inputs: ClaimInput[]) => this.decide(offerId, inputs))
  // Whether a refused attempt's key already has a claim (a retry replays
  // it): one query per turn of the event loop for all of them.
  private readonly keyUsed = tickBatch((pairs: { offerId: string; idempotencyKey: string }[]) => claimKeysUsed(this.db, pairs))

  constructor(
    private readonly db: Db,
    private readonly log: LiveEventPublisher,
    private readonly holdMs = DEFAULT_HOLD_MS
  ) {
    this.stock = stockAnnouncer(log)
  }

  async claim(input: ClaimInput): Promise<ClaimResult> {
    rejectMalformed(input)
    // once sold out, refusals need no transaction
    await this.answerFromSoldOutCache(input)
    return this.batch(input.offerId, input)
  }

  // With no units left the answer is the same for every buyer, so the
  // cached offer decides (a reused key still goes to the database: replay).
  private async answerFromSoldOutCache(input: ClaimInput) {
    const seen = this.soldOut.get(input.offerId)
    if (!seen || Date.now() - seen.at >= SOLD_OUT_TTL_MS || (await this.keyUsed(input))) {
      return
    }
    const now = seen.now + (Date.now() - seen.at)
    const d = decideClaim(
      { offer: seen.offer, now, holdMs: this.holdMs, buyerClaimed: 0, buyerExpired: 0, existingClaim: null }, input
    )
    if (d.kind === "refuse") {
      throw refusalError(d)
    }
  }

  /** A batch's answers; if the batch failed, each claim's answer alone. */
  private async decide(offerId: string, inputs: ClaimInput[]): Promise<Answer[]> {
    if (inputs.length === 1) {
      return [await settle(this.alone(inputs[0]))]
    }
    try {
      return await this.attempt(offerId, inputs)
    } catch {
      const answers: Answer[] = []
      for (const input of inputs) {
        answers.push(await settle(this.alone(input)))
      }
      return answers
    }
  }

  /** One claim, tried again when another process took its key meanwhile. */
  private async alone(input: ClaimInput): Promise<ClaimResult> {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      try {
        const [answer] = await this.attempt(input.offerId, [input])
        if (answer.status === "rejected") {
          throw answer.reason
        }
        return answer.value
      } catch (e: any) {
        if (e?.code !== UNIQUE_VIOLATION) {
          throw e
        }
      }
    }
    throw new LiveError("internal", "claim could not be completed, retry")
  }

  /** One transaction for claims on one offer: their answers, in order. */
  private async attempt(offerId: string, inputs: ClaimInput[]): Promise<Answer[]> {
    const c = await this.db.connect()
    let open = true
    try {
      const state = await readBatchState(c, {
        offerId, holdMs: this.holdMs,
        customerKeys: inputs.map((i) => i.customerKey), idempotencyKeys: inputs.map((i) => i.idempotencyKey),
      })
      const decisions = decideBatch(state, inputs)
      const grants = decisions.flatMap((d, i) => (d.kind === "grant" ? [{ i, d }] : []))
      const ids = new Map(grants.map(({ i }) => [i, newId(ID_PREFIX.claim)]))
      let written: Map<number, ClaimRow> = new Map()
      if (grants.length) {
        const taken = await takeUnitsAndInsert(c, offerId, grants.map(({ i, d }) => ({
          id: ids.get(i)!, customerKey: inputs[i].customerKey, customerId: inputs[i].customerId ?? null,
          cartId: inputs[i].cartId ?? null, quantity: inputs[i].quantity, idempotencyKey: inputs[i].idempotencyKey,
          expiresAt: d.expiresAt,
        })))
        open = false
        if (!taken) {
          throw new LiveError("internal", "claim could not be completed, retry")
        }
        const byId = new Map(taken.rows.map((r) => [r.id, r]))
        written = new Map(grants.map(({ i }) => [i, byId.get(ids.get(i)!)!]))
        this.stock.announce(offerId, taken.rows[0].stream_id, taken.left)
      } else {
        await c.query("COMMIT")
        open = false
      }
      this.noteSoldOut(offerId, state.offer, state.now, decisions, inputs)
      return decisions.map((d, i) => answerAt(d, i, written))
    } finally {
      if (open) {
        await c.query("ROLLBACK").catch(() => undefined)
      }
      c.release()
    }
  }

  // The batch took the last unit, or found none: the claims behind it are
  // refused from memory.
  private noteSoldOut(offerId: string, offer: OfferFacts | null, now: number, ds: BatchDecision<ClaimRow>[], inputs: ClaimInput[]) {
    const taken = unitsGranted(ds, inputs)
    const seen = ds.some((d) => d.kind === "grant" || (d.kind === "refuse" && d.code === "sold_out"))
    if (offer && seen && offer.claimed + taken >= offer.quantity) {
      this.soldOut.set(offerId, { at: Date.now(), offer: { ...offer, claimed: offer.quantity }, now })
    }
  }

  async release(claimId: string): Promise<ClaimRow | null> {
    const rows = await withTransaction(this.db, async (c) => {
      const ended = await endHeldClaims(c, { ids: [claimId] }, "released")
      for (const r of ended) {
        await giveBackUnits(c, r.offer_id, r.quantity)
      }
      return ended
    })
    rows.forEach((r) => {
      this.soldOut.delete(r.offer_id)
      this.stock.announce(r.offer_id, r.stream_id)
    })
    return rows[0] ?? null
  }

  async expireDue(now = new Date()): Promise<number> {
    let total = 0
    for (const offerId of await offersWithDueHolds(this.db, now)) {
      const rows = await withTransaction(this.db, async (c) => {
        const ended = await endHeldClaims(c, { offerId, dueBefore: now }, "expired")
        const units = ended.reduce((s, r) => s + r.quantity, 0)
        if (units > 0) {
          await giveBackUnits(c, offerId, units)
        }
        return ended
      })
      if (rows.length) {
        this.soldOut.delete(offerId)
        this.stock.announce(offerId, rows[0].stream_id)
      }
      total += rows.length
    }
    return total
  }

  convert(claimId: string, refs?: { orderId?: string | null; lineItemId?: string | null }) {
    return convertClaim(this.db, claimId, refs, async (offer) => {
      await this.closeOffer(offer.id)
      await this.log.publish(offer.stream_id, "offer:ended", { offerId: offer.id, reason: "sold_out" })
    })
  }

  async prepareOffer(_offerId?: string): Promise<void> {}

  async closeOffer(_offerId?: string): Promise<void> {}

  async left(offers: OfferRow[]): Promise<Map<string, number>> {
    return new Map(offers.map((o) => [o.id, o.quantity - o.claimed]))
  }

  announceStock(offerId: string, streamId: string): void {
    this.stock.announce(offerId, streamId)
  }

  flush(): Promise<void> {
    return this.stock.flush()
  }
}

const settle = <T>(p: Promise<T>): Promise<PromiseSettledResult<T>> =>
  p.then((value) => ({ status: "fulfilled", value }), (reason) => ({ status: "rejected", reason }))

/** Decision `i` of a batch as its claim's answer; a claim the batch wrote is its row in `written`. */
function answerAt(d: BatchDecision<ClaimRow>, i: number, written: Map<number, ClaimRow>): Answer {
  if (d.kind === "grant") {
    return { status: "fulfilled", value: { claim: written.get(i)!, left: d.left, duplicate: false } }
  }
  if (d.kind === "replay" && "grantOf" in d.claim) {
    return { status: "fulfilled", value: { claim: written.get(d.claim.grantOf)!, left: d.left, duplicate: true } }
  }
  try {
    return { status: "fulfilled", value: answerOf(d as ClaimDecision<ClaimRow>) }
  } catch (reason) {
    return { status: "rejected", reason }
  }
}
