import { LiveError } from "../errors"
import type { LiveEventPublisher } from "../events/types"
import { ID_PREFIX, newId } from "../ids"
import {
  endHeldClaims,
  getClaim,
  giveBackUnits,
  offerAvailability,
  offersWithDueHolds,
} from "../store/claims"
import { takeUnits } from "../store/claim-statements"
import { withTransaction } from "../store/tx"
import type { ClaimRow, Db, OfferRow } from "../types"
import { KeyedGate } from "./keyed-gate"
import { refusal } from "./refusal"
import { checkClaimInput, convertClaim, ownClaim, stockAnnouncer } from "./shared"
import { DEFAULT_HOLD_MS, type ClaimEngine, type ClaimInput, type ClaimResult } from "./types"

const SOLD_OUT_TTL_MS = 250

/**
 * Claims in Postgres: one round trip per attempt (see `takeUnits`): a
 * conditional UPDATE that can never take more than `quantity`, the claim
 * insert, the per-customer limit and the idempotency key, atomically.
 */
export class PgClaimEngine implements ClaimEngine {
  readonly kind = "postgres" as const
  private readonly stock: ReturnType<typeof stockAnnouncer>
  // Offers seen sold out, for a moment: in a flash sale most attempts come
  // after the last unit went, and need no round trip to be refused. Units
  // given back elsewhere become claimable again within SOLD_OUT_TTL_MS.
  private readonly soldOutAt = new Map<string, number>()
  // At most a few attempts per offer at the database at once; the others
  // wait here and are mostly answered by the sold-out cache.
  private readonly gate = new KeyedGate(8)

  constructor(
    private readonly db: Db,
    private readonly log: LiveEventPublisher,
    private readonly holdMs = DEFAULT_HOLD_MS
  ) {
    this.stock = stockAnnouncer(log)
  }

  async claim(input: ClaimInput): Promise<ClaimResult> {
    checkClaimInput(input)
    return this.gate.run(input.offerId, () => this.attempt(input))
  }

  private async attempt(input: ClaimInput): Promise<ClaimResult> {
    const seen = this.soldOutAt.get(input.offerId)
    if (seen && Date.now() - seen < SOLD_OUT_TTL_MS) {
      const known = await this.keyOwner(input)
      if (!known) {
        throw new LiveError("sold_out", "offerId: sold out", { left: 0 })
      }
      return this.existing(input, known)
    }
    const r = await takeUnits(this.db, {
      id: newId(ID_PREFIX.claim),
      offerId: input.offerId,
      customerKey: input.customerKey,
      customerId: input.customerId ?? null,
      cartId: input.cartId ?? null,
      quantity: input.quantity,
      idempotencyKey: input.idempotencyKey,
      holdMs: this.holdMs,
    })
    if (r.claim) {
      this.stock.announce(input.offerId, r.claim.stream_id)
      return { claim: r.claim, left: r.units_left!, duplicate: false }
    }
    const known = r.dup_id ?? (await this.keyOwner(input))
    if (known) {
      return this.existing(input, known)
    }
    if (r.status == null) {
      throw refusal(null, input.quantity)
    }
    const left = Math.max(0, r.quantity! - r.claimed!)
    if (r.status === "live" && r.in_window && r.mine + input.quantity > r.per_customer_limit!) {
      throw new LiveError("limit_reached", "offerId: per-customer limit reached", { left })
    }
    // Live and in its window but refused: the units went to other buyers.
    if (left === 0) {
      this.soldOutAt.set(input.offerId, Date.now())
    }
    throw refusal({ status: r.status, quantity: r.quantity!, claimed: r.claimed!, in_window: !!r.in_window }, input.quantity)
  }

  private async existing(input: ClaimInput, claimId: string): Promise<ClaimResult> {
    const claim = ownClaim(await getClaim(this.db, claimId), input)
    const a = await offerAvailability(this.db, input.offerId)
    return { claim, left: a ? a.quantity - a.claimed : 0, duplicate: true }
  }

  // The claim already made with this key, if any (a prepared statement: this
  // runs for every attempt refused from the sold-out cache).
  private async keyOwner(input: ClaimInput): Promise<string | null> {
    const { rows } = await this.db.query({
      name: "live_claim_by_key",
      text: `SELECT id FROM live_claim WHERE offer_id = $1 AND idempotency_key = $2 AND deleted_at IS NULL`,
      values: [input.offerId, input.idempotencyKey],
    })
    return rows[0]?.id ?? null
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
      this.soldOutAt.delete(r.offer_id)
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
        this.soldOutAt.delete(offerId)
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
