import type Redis from "ioredis"
import { LiveError } from "../lib/errors"
import type { LiveEventPublisher } from "../events/types"
import { ID_PREFIX, newId } from "../lib/ids"
import { keyedBatch } from "../lib/keyed-batch"
import { keyedThrottle } from "../lib/keyed-throttle"
import { redisKeys, type RedisKeys } from "../lib/redis-keys"
import {
  endHeldClaims,
  findClaimByKey,
  getClaim,
  offersWithDueHolds,
} from "../store/claims"
import { insertClaimsIfFresh } from "../store/claim-statements"
import { syncClaimed } from "../store/offers"
import type { ClaimRow, Db, DbClient, OfferRow } from "../lib/types"
import { decideClaim } from "./claim-rule"
import {
  claimArgs, claimScript, parseClaimReply, unclaimArgs, unclaimScript, type ClaimReply,
} from "./redis-claim-scripts"
import { invalidateOfferState, rebuildOfferState, setOfferOpen } from "./redis-offer-state"
import { endHeldClaimsInRedis } from "./redis-release"
import { answerOf, convertClaim, rejectMalformed, stockAnnouncer } from "./shared"
import { stockAfterClaims } from "./stock-after-claims"
import { DEFAULT_HOLD_MS, type ClaimEngine, type ClaimInput, type ClaimResult } from "./types"

class StaleState extends Error {}

/** Batches of one offer's claim rows written at once (each one statement on its own pool connection). */
export const INSERTS_IN_FLIGHT = 4

type PendingClaimRow = Parameters<typeof insertClaimsIfFresh>[2][number]
type InsertedClaim = Awaited<ReturnType<typeof insertClaimsIfFresh>>[number]

/**
 * Claims in Redis: one Lua script takes the units when nothing stands in
 * the way and answers the state it saw; `decideClaim` gives every answer
 * from that state. Then the claim row is inserted in Postgres (units given
 * back in Redis if that fails). Redis keeps nothing on disk here, so
 * missing state is rebuilt from Postgres before any claim is served.
 */
export class RedisClaimEngine implements ClaimEngine {
  readonly kind = "redis" as const
  private readonly keys: RedisKeys
  private readonly stock: ReturnType<typeof stockAnnouncer>
  private readonly pgSync = keyedThrottle((id) => syncClaimed(this.db, id), 250)
  private readonly preparing = new Map<string, Promise<void>>()
  // The winners' rows on one offer: one statement (one commit) per batch. Redis
  // has decided them, so batches need no order: the grants taken while one is
  // written start the next at once (up to INSERTS_IN_FLIGHT), not after it. A
  // failed batch is retried row by row, so one bad row fails only its own claim.
  private readonly insertBatch = keyedBatch((offerId: string, rows: PendingClaimRow[]) =>
    insertClaimsIfFresh(this.db, offerId, rows).then(
      (out) => out.map((value): PromiseSettledResult<InsertedClaim> => ({ status: "fulfilled", value })),
      () => Promise.allSettled(rows.map((row) => insertClaimsIfFresh(this.db, offerId, [row]).then((out) => out[0])))
    ),
    { inFlight: INSERTS_IN_FLIGHT }
  )
  // a winner's offer:stock waits for the acks of the offer's claims being answered
  private readonly claimsStock = stockAfterClaims((offerId, streamId, left) => this.stock.announce(offerId, streamId, left))

  constructor(
    private readonly db: Db,
    private readonly redis: Redis,
    private readonly log: LiveEventPublisher,
    prefix: string,
    private readonly holdMs = DEFAULT_HOLD_MS
  ) {
    this.keys = redisKeys(prefix)
    this.stock = stockAnnouncer(log, (id) => this.prepareOffer(id))
    // cached before the first burst of claims (else each would find it missing); a failure here is retried on use
    for (const script of [claimScript, unclaimScript]) {
      script.load(redis).catch(() => undefined)
    }
  }

  async claim(input: ClaimInput): Promise<ClaimResult> {
    rejectMalformed(input)
    this.claimsStock.begin(input.offerId)
    try {
      return await this.decideAndPersist(input)
    } finally {
      this.claimsStock.end(input.offerId)
    }
  }

  private async decideAndPersist(input: ClaimInput): Promise<ClaimResult> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = newId(ID_PREFIX.claim)
      const seen = parseClaimReply(await claimScript.run<string[]>(
        this.redis, this.offerKeys(input.offerId),
        claimArgs(input.quantity, input.customerKey, input.idempotencyKey, id)
      ))
      if (!seen) {
        if (await this.loadOffer(input.offerId)) {
          continue
        }
        const existingClaim = await findClaimByKey(this.db, input.offerId, input.idempotencyKey)
        return answerOf(decideClaim(
          { offer: null, now: Date.now(), holdMs: this.holdMs, buyerClaimed: 0, buyerExpired: 0, existingClaim }, input
        ))
      }
      if (seen.existingClaimId) {
        const existingClaim = await this.claimRow(seen.existingClaimId)
        return answerOf(decideClaim({ ...seen, holdMs: this.holdMs, existingClaim }, input))
      }
      const d = decideClaim<ClaimRow>({ ...seen, holdMs: this.holdMs, existingClaim: null }, input)
      if (seen.took !== (d.kind === "grant")) {
        if (seen.took) {
          await this.giveBack(input, { gen: seen.gen, key: input.idempotencyKey })
        }
        throw new LiveError("internal", "the Redis claim script and the claim rule disagree")
      }
      if (d.kind !== "grant") {
        return answerOf(d)
      }
      try {
        return await this.persist(input, id, seen, d)
      } catch (e) {
        if (e instanceof StaleState) {
          continue
        }
        throw e
      }
    }
    throw new LiveError("internal", "claim could not be completed, retry")
  }

  // Loads the offer's state from Postgres; false when there is no such offer.
  private async loadOffer(offerId: string): Promise<boolean> {
    try {
      await this.prepareOffer(offerId)
      return true
    } catch (e) {
      if (e instanceof LiveError && e.code === "not_found") {
        return false
      }
      throw e
    }
  }

  private async persist(
    input: ClaimInput, id: string, seen: ClaimReply, grant: { left: number; expiresAt: number }
  ): Promise<ClaimResult> {
    let inserted: ClaimRow | null
    try {
      const r = await this.insertBatch(input.offerId, {
        id, streamId: seen.streamId, customerKey: input.customerKey,
        customerId: input.customerId ?? null, cartId: input.cartId ?? null,
        quantity: input.quantity, price: seen.price, idempotencyKey: input.idempotencyKey,
        expiresAt: grant.expiresAt, gen: seen.gen,
      })
      if (!r.fresh) {
        throw new StaleState()
      }
      inserted = r.claim
    } catch (e) {
      if (!(e instanceof StaleState)) {
        await this.giveBack(input, { gen: seen.gen, key: input.idempotencyKey })
      }
      throw e
    }
    if (!inserted) {
      // Postgres already holds a claim for this key (Redis lost its mapping):
      // give the units back and answer as if the script had seen that claim.
      const known = await findClaimByKey(this.db, input.offerId, input.idempotencyKey)
      await this.giveBack(input, { gen: seen.gen, key: input.idempotencyKey, pointTo: known?.id })
      if (!known) {
        throw new LiveError("internal", "claim is being processed, retry")
      }
      return answerOf(decideClaim({ ...seen, holdMs: this.holdMs, existingClaim: known }, input))
    }
    this.claimsStock.announce(input.offerId, seen.streamId, grant.left)
    this.pgSync.touch(input.offerId)
    return { claim: inserted, left: grant.left, duplicate: false }
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
  private async claimRow(claimId: string): Promise<ClaimRow> {
    for (let i = 0; i < 40; i++) {
      const claim = await getClaim(this.db, claimId)
      if (claim) {
        return claim
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
    this.claimsStock.flush()
    await Promise.all([this.stock.flush(), this.pgSync.flush()])
  }

  private offerKeys(offerId: string) {
    return this.keys.offerState(offerId)
  }
}
