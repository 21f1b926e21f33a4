import { LiveError } from "../lib/errors"
import type { LiveEventPublisher } from "../events/types"
import { ID_PREFIX, newId } from "../lib/ids"
import { claimKeysUsed, endHeldClaims, giveBackUnits, offersWithDueHolds } from "../store/claims"
import { readClaimState, takeUnitsAndCommit } from "../store/claim-statements"
import { withTransaction } from "../store/tx"
import { tickBatch } from "../lib/tick-batch"
import type { ClaimRow, Db, OfferRow } from "../lib/types"
import { decideClaim, type OfferFacts } from "./claim-rule"
import { KeyedGate } from "./keyed-gate"
import { answerOf, convertClaim, refusalError, rejectMalformed, stockAnnouncer } from "./shared"
import { DEFAULT_HOLD_MS, type ClaimEngine, type ClaimInput, type ClaimResult } from "./types"

const SOLD_OUT_TTL_MS = 250
const MAX_ATTEMPTS = 10
const UNIQUE_VIOLATION = "23505"

/**
 * Claims in Postgres. Per attempt, one transaction: this buyer's advisory
 * lock on the offer and the state read (`readClaimState`), the claim rule
 * (`decideClaim`) in TS, then for a grant a conditional UPDATE that takes
 * the units only if they are still there, the claim insert and COMMIT
 * (`takeUnitsAndCommit`). Units taken meanwhile by other buyers: decide
 * again on a fresh read.
 */
export class PgClaimEngine implements ClaimEngine {
  readonly kind = "postgres" as const
  private readonly stock: ReturnType<typeof stockAnnouncer>
  // Offers seen sold out, for a moment: in a flash sale most attempts come
  // after the last unit went, and need no transaction to be refused. Units
  // given back elsewhere become claimable again within SOLD_OUT_TTL_MS.
  private readonly soldOut = new Map<string, { at: number; offer: OfferFacts; now: number }>()
  // At most a few attempts per offer at the database at once; the others
  // wait here and are mostly answered by the sold-out cache.
  private readonly gate = new KeyedGate(8)
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
    // once sold out, refusals need neither the gate nor a transaction
    await this.answerFromSoldOutCache(input)
    return this.gate.run(input.offerId, async () => {
      await this.answerFromSoldOutCache(input)
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        const result = await this.attempt(input)
        if (result) {
          return result
        }
      }
      throw new LiveError("internal", "claim could not be completed, retry")
    })
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

  // Claims waiting at the gate are let in together: each is refused from
  // the cache, their replay-key checks in one query.
  private markSoldOut(offerId: string, offer: OfferFacts, now: number) {
    this.soldOut.set(offerId, { at: Date.now(), offer, now })
    this.gate.openAll(offerId)
  }

  /** One transaction; null when the units went to other buyers meanwhile. */
  private async attempt(input: ClaimInput): Promise<ClaimResult | null> {
    const c = await this.db.connect()
    let open = true
    try {
      const state = await readClaimState(c, { ...input, holdMs: this.holdMs })
      const d = decideClaim(state, input)
      if (d.kind !== "grant") {
        await c.query("COMMIT")
        open = false
        if (d.kind === "refuse" && d.code === "sold_out" && d.left === 0) {
          this.markSoldOut(input.offerId, state.offer!, state.now)
        }
        return answerOf(d)
      }
      const taken = await takeUnitsAndCommit(c, {
        id: newId(ID_PREFIX.claim),
        offerId: input.offerId,
        customerKey: input.customerKey,
        customerId: input.customerId ?? null,
        cartId: input.cartId ?? null,
        quantity: input.quantity,
        idempotencyKey: input.idempotencyKey,
        expiresAt: d.expiresAt,
      })
      open = false
      if (!taken) {
        return null
      }
      if (taken.left === 0) {
        // this claim took the last unit: the claims behind it are refused from memory
        this.markSoldOut(input.offerId, { ...state.offer!, claimed: state.offer!.quantity }, state.now)
      }
      this.stock.announce(input.offerId, taken.claim.stream_id, taken.left)
      return { claim: taken.claim, left: taken.left, duplicate: false }
    } catch (e: any) {
      if (e?.code === UNIQUE_VIOLATION) {
        // Another buyer's claim took this key meanwhile: the next read says so.
        return null
      }
      throw e
    } finally {
      if (open) {
        await c.query("ROLLBACK").catch(() => undefined)
      }
      c.release()
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
