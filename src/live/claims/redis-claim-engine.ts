import type Redis from "ioredis"
import { LiveError } from "../errors"
import type { LiveEventPublisher } from "../events/types"
import { ID_PREFIX, newId } from "../ids"
import { keyedThrottle } from "../keyed-throttle"
import { redisKeys, type RedisKeys } from "../redis-keys"
import {
  endHeldClaims,
  findClaimByKey,
  getClaim,
  offersWithDueHolds,
} from "../store/claims"
import { insertClaimIfFresh } from "../store/claim-statements"
import { syncClaimed } from "../store/offers"
import type { ClaimRow, Db, DbClient, OfferRow } from "../types"
import { claimArgs, claimScript, unclaimArgs, unclaimScript } from "./redis-claim-scripts"
import { scriptRefusal } from "./refusal"
import { invalidateOfferState, rebuildOfferState, setOfferOpen } from "./redis-offer-state"
import { endHeldClaimsInRedis } from "./redis-release"
import { checkClaimInput, convertClaim, ownClaim, stockAnnouncer } from "./shared"
import { DEFAULT_HOLD_MS, type ClaimEngine, type ClaimInput, type ClaimResult } from "./types"

class StaleState extends Error {}

/**
 * Claims in Redis: one Lua script checks the window, stock, per-customer
 * count and idempotency key and takes the units; then the claim row is
 * inserted in Postgres (units given back in Redis if that fails). Redis
 * keeps nothing on disk here, so missing state is rebuilt from Postgres
 * before any claim is served.
 */
export class RedisClaimEngine implements ClaimEngine {
  readonly kind = "redis" as const
  private readonly keys: RedisKeys
  private readonly stock: ReturnType<typeof stockAnnouncer>
  private readonly pgSync = keyedThrottle((id) => syncClaimed(this.db, id), 250)
  private readonly preparing = new Map<string, Promise<void>>()

  constructor(
    private readonly db: Db,
    private readonly redis: Redis,
    private readonly log: LiveEventPublisher,
    prefix: string,
    private readonly holdMs = DEFAULT_HOLD_MS
  ) {
    this.keys = redisKeys(prefix)
    this.stock = stockAnnouncer(log, (id) => this.prepareOffer(id))
  }

  async claim(input: ClaimInput): Promise<ClaimResult> {
    checkClaimInput(input)
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = newId(ID_PREFIX.claim)
      const res = await claimScript.run<string[]>(
        this.redis, this.offerKeys(input.offerId),
        claimArgs(input.quantity, input.customerKey, input.idempotencyKey, id)
      )
      switch (res[0]) {
        case "missing":
          await this.prepareOffer(input.offerId)
          continue
        case "dup":
          return this.existing(input, res[1])
        case "ok":
          try {
            return await this.persist(input, id, {
              left: Number(res[1]), gen: res[2], price: Number(res[3]), streamId: res[4],
            })
          } catch (e) {
            if (e instanceof StaleState) {
              continue
            }
            throw e
          }
        default:
          throw scriptRefusal(res[0], Number(res[1]))
      }
    }
    throw new LiveError("internal", "claim could not be completed, retry")
  }

  private async persist(
    input: ClaimInput,
    id: string,
    got: { left: number; gen: string; price: number; streamId: string }
  ): Promise<ClaimResult> {
    let inserted: ClaimRow | null
    try {
      const r = await insertClaimIfFresh(this.db, {
        id, offerId: input.offerId, streamId: got.streamId, customerKey: input.customerKey,
        customerId: input.customerId ?? null, cartId: input.cartId ?? null,
        quantity: input.quantity, price: got.price, idempotencyKey: input.idempotencyKey,
        holdMs: this.holdMs, gen: got.gen,
      })
      if (!r.fresh) {
        throw new StaleState()
      }
      inserted = r.claim
    } catch (e) {
      if (!(e instanceof StaleState)) {
        await this.giveBack(input, { gen: got.gen, key: input.idempotencyKey })
      }
      throw e
    }
    if (!inserted) {
      // Postgres already holds a claim for this key (Redis lost its mapping).
      const known = await findClaimByKey(this.db, input.offerId, input.idempotencyKey)
      await this.giveBack(input, { gen: got.gen, key: input.idempotencyKey, pointTo: known?.id })
      return { claim: ownClaim(known, input), left: await this.leftOf(input.offerId), duplicate: true }
    }
    this.stock.announce(input.offerId, got.streamId)
    this.pgSync.touch(input.offerId)
    return { claim: inserted, left: got.left, duplicate: false }
  }

  private async giveBack(
    input: ClaimInput,
    opts: { gen?: string; key?: string; pointTo?: string }
  ) {
    await unclaimScript
      .run(this.redis, this.offerKeys(input.offerId), unclaimArgs(input.quantity, input.customerKey, opts))
      .catch(() => invalidateOfferState(this.redis, this.keys, input.offerId).catch(() => undefined))
  }

  // A retry may arrive while the first attempt's insert is still in flight.
  private async existing(input: ClaimInput, claimId: string): Promise<ClaimResult> {
    for (let i = 0; i < 40; i++) {
      const claim = await getClaim(this.db, claimId)
      if (claim) {
        return { claim: ownClaim(claim, input), left: await this.leftOf(input.offerId), duplicate: true }
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new LiveError("internal", "claim is being processed, retry")
  }

  async release(claimId: string): Promise<ClaimRow | null> {
    const claim = await getClaim(this.db, claimId)
    if (!claim) {
      return null
    }
    const rows = await this.endHeld(claim.offer_id, (c) =>
      endHeldClaims(c, { ids: [claimId] }, "released"))
    return rows[0] ?? null
  }

  async expireDue(now = new Date()): Promise<number> {
    let total = 0
    for (const offerId of await offersWithDueHolds(this.db, now)) {
      const rows = await this.endHeld(offerId, (c) =>
        endHeldClaims(c, { offerId, dueBefore: now }, "expired"))
      total += rows.length
    }
    return total
  }

  private async endHeld(offerId: string, end: (c: DbClient) => Promise<ClaimRow[]>) {
    const rows = await endHeldClaimsInRedis(this.db, this.redis, this.keys, offerId, end)
    if (rows.length) {
      this.stock.announce(offerId, rows[0].stream_id)
      this.pgSync.touch(offerId)
    }
    return rows
  }

  convert(claimId: string, refs?: { orderId?: string | null; lineItemId?: string | null }) {
    return convertClaim(this.db, claimId, refs, async (offer) => {
      await this.closeOffer(offer.id)
      await this.log.publish(offer.stream_id, "offer:ended", { offerId: offer.id, reason: "sold_out" })
    })
  }

  // One rebuild per offer at a time in this process: a burst of claims that
  // all find the state missing waits for the same load.
  async prepareOffer(offerId: string): Promise<void> {
    let p = this.preparing.get(offerId)
    if (!p) {
      p = rebuildOfferState(this.db, this.redis, this.keys, offerId).finally(() => this.preparing.delete(offerId))
      this.preparing.set(offerId, p)
    }
    await p
  }

  async closeOffer(offerId: string): Promise<void> {
    await setOfferOpen(this.redis, this.keys, offerId, false)
  }

  async left(offers: OfferRow[]): Promise<Map<string, number>> {
    const out = new Map<string, number>()
    if (!offers.length) {
      return out
    }
    const pipe = this.redis.pipeline()
    offers.forEach((o) => pipe.hmget(this.keys.offer(o.id), "q", "c"))
    const res = (await pipe.exec()) ?? []
    offers.forEach((o, i) => {
      const [q, c] = (res[i]?.[1] as (string | null)[]) ?? []
      out.set(o.id, q != null && c != null ? Number(q) - Number(c) : o.quantity - o.claimed)
    })
    return out
  }

  announceStock(offerId: string, streamId: string): void {
    this.stock.announce(offerId, streamId)
  }

  async flush(): Promise<void> {
    await Promise.all([this.stock.flush(), this.pgSync.flush()])
  }

  private offerKeys(offerId: string) {
    return [this.keys.offer(offerId), this.keys.offerCustomers(offerId), this.keys.offerKeys(offerId)]
  }

  private async leftOf(offerId: string): Promise<number> {
    const [q, c] = await this.redis.hmget(this.keys.offer(offerId), "q", "c")
    return q != null && c != null ? Number(q) - Number(c) : 0
  }
}
