import type Redis from "ioredis"
import { claimArgs, claimScript, parseClaimReply } from "../../src/modules/livestream/claims/redis-claim-scripts"
import { rebuildOfferState } from "../../src/modules/livestream/claims/redis-offer-state"
import { redisKeys } from "../../src/modules/livestream/lib/redis-keys"
import { insertClaimsIfFresh } from "../../src/modules/livestream/store/claim-statements"
import { getClaim, heldClaimTotals, setClaimRefs } from "../../src/modules/livestream/store/claims"
import { getOffer } from "../../src/modules/livestream/store/offers"
import { streamSales } from "../../src/modules/livestream/store/stats"
import { aboutOf, onRuleClock, runScenario, SCENARIOS } from "./claim-conformance"
import { closeAll, connect, connectMany, ask, until, waitFor, type Client } from "./helpers/clients"
import { createTestDb, type TestDb } from "./helpers/db"
import { seedOffer, seedPublishableKey, seedStream, tokenFor, uniqueKey } from "./helpers/fixtures"
import { startGateway } from "./helpers/gateway"
import { flushPrefix, newRedis, testPrefix } from "./helpers/redis"

type Mode = "postgres" | "redis"

/** The claim guarantees, run against one engine. */
export function claimSuite(mode: Mode) {
  let t: TestDb
  let redis: Redis | null = null
  let prefix: string
  let gw: Awaited<ReturnType<typeof startGateway>>
  let streamId: string

  const customer = (i: number | string) => ({ token: tokenFor("customer", `cus_${mode}_${i}`) })
  const heldCount = (offerId: string) => heldClaimTotals(t.db, offerId)
  const offerRow = async (offerId: string) => (await getOffer(t.db, offerId))!

  beforeAll(async () => {
    t = await createTestDb(`claims_${mode}`)
    prefix = testPrefix(`claims-${mode}`)
    redis = mode === "redis" ? newRedis() : null
    gw = await startGateway(t.db, { redis, prefix })
    expect(gw.ctx.claims.kind).toBe(mode)
    streamId = await seedStream(t.db, { producerId: "prod_a" })
  })

  afterAll(async () => {
    await gw?.close()
    if (redis) {
      await flushPrefix(redis, prefix)
      redis.disconnect()
    }
    await t?.drop()
  })

  it("500 concurrent sockets claiming 20 units: exactly 20 held", async () => {
    const offer = await seedOffer(t.db, { streamId, quantity: 20 })
    const sockets = await connectMany(gw.url, Array.from({ length: 500 }, (_, i) => customer(`rush${i}`)))
    try {
      const acks = await Promise.all(
        sockets.map((s) => ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("rush") }))
      )
      const ok = acks.filter((a) => a.claim)
      const soldOut = acks.filter((a) => a.error?.code === "sold_out")
      expect(ok).toHaveLength(20)
      expect(soldOut).toHaveLength(480)
      expect(new Set(ok.map((a) => a.claim.id)).size).toBe(20)
      expect(ok.every((a) => a.claim.status === "held" && a.claim.price === 99_000)).toBe(true)
      expect(await heldCount(offer.id)).toEqual({ n: 20, units: 20 })
      await gw.ctx.claims.flush()
      const { claimed, quantity } = await offerRow(offer.id)
      expect({ claimed, quantity }).toEqual({ claimed: 20, quantity: 20 })
    } finally {
      closeAll(sockets)
    }
  })

  it("a second rush after the sell-out: the winners' keys replay their claims, everyone else is sold out", async () => {
    const offer = await seedOffer(t.db, { streamId, quantity: 5 })
    const sockets = await connectMany(gw.url, Array.from({ length: 60 }, (_, i) => customer(`again${i}`)))
    try {
      const keys = sockets.map(() => uniqueKey("again"))
      const rush = () =>
        Promise.all(sockets.map((s, i) => ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: keys[i] })))
      const first = await rush()
      const won = first.flatMap((a, i) => (a.claim ? [i] : []))
      expect(won).toHaveLength(5)
      const again = await rush()
      expect(won.map((i) => again[i])).toEqual(won.map((i) => expect.objectContaining({ claim: expect.objectContaining({ id: first[i].claim.id }), duplicate: true })))
      expect(again.filter((a) => a.error?.code === "sold_out")).toHaveLength(55)
      expect(await heldCount(offer.id)).toEqual({ n: 5, units: 5 })
    } finally {
      closeAll(sockets)
    }
  })

  it.each(SCENARIOS.map((s, i) => [s.name, s, i] as const))("answers what the claim rule answers: %s", async (_name, s, i) => {
    const { rule, engine } = await runScenario(t.db, gw.ctx.claims, streamId, s, `${mode}_conf${i}`)
    expect(aboutOf(rule)).toBe(s.about)
    expect(onRuleClock(engine, rule)).toEqual(rule)
  })

  it("enforces the per-customer limit, also under concurrency", async () => {
    const offer = await seedOffer(t.db, { streamId, quantity: 50, perCustomerLimit: 2 })
    const [a, b] = await Promise.all([connect(gw.url, customer("limitA")), connect(gw.url, customer("limitB"))])
    try {
      const claim = (s: Client, quantity = 1) =>
        ask(s, "offer:claim", { offerId: offer.id, quantity, idempotencyKey: uniqueKey("lim") })
      expect((await claim(a, 3)).error.code).toBe("limit_reached")
      expect((await claim(a)).claim).toBeDefined()
      expect((await claim(a)).claim).toBeDefined()
      expect((await claim(a)).error.code).toBe("limit_reached")
      const burst = await Promise.all(Array.from({ length: 8 }, () => claim(b)))
      expect(burst.filter((r) => r.claim)).toHaveLength(2)
      expect(burst.filter((r) => r.error?.code === "limit_reached")).toHaveLength(6)
      expect(await heldCount(offer.id)).toEqual({ n: 4, units: 4 })
    } finally {
      closeAll([a, b])
    }
  })

  it("a retried claim (same idempotency key) returns the same claim", async () => {
    const offer = await seedOffer(t.db, { streamId, quantity: 5, perCustomerLimit: 5 })
    const s = await connect(gw.url, customer("idem"))
    try {
      const payload = { offerId: offer.id, quantity: 2, idempotencyKey: uniqueKey("idem") }
      const first = await ask(s, "offer:claim", payload)
      const again = await ask(s, "offer:claim", payload)
      const together = await Promise.all([1, 2, 3].map(() => ask(s, "offer:claim", payload)))
      expect(first.claim.quantity).toBe(2)
      expect(first.left).toBe(3)
      for (const r of [again, ...together]) {
        expect(r.claim.id).toBe(first.claim.id)
        expect(r.duplicate).toBe(true)
        expect(r.left).toBe(3)
      }
      expect(await heldCount(offer.id)).toEqual({ n: 1, units: 2 })
    } finally {
      s.close()
    }
  })

  it("two buyers racing with one idempotency key: one claim, the other refused, no units lost", async () => {
    const offer = await seedOffer(t.db, { streamId, quantity: 5, perCustomerLimit: 5 })
    const key = uniqueKey("race")
    const claim = (customerKey: string, quantity: number, idempotencyKey = key) =>
      gw.ctx.claims.claim({ offerId: offer.id, customerKey, quantity, idempotencyKey })
    const answers = await Promise.allSettled([claim(`cus_${mode}_keyA`, 2), claim(`cus_${mode}_keyB`, 2)])
    const won = answers.filter((a) => a.status === "fulfilled")
    const refused = answers.flatMap((a) => (a.status === "rejected" ? [a.reason] : []))
    expect(won).toHaveLength(1)
    expect(refused.map((e) => ({ code: e.code, message: e.message }))).toEqual([
      { code: "bad_request", message: "idempotencyKey: already used for another claim" },
    ])
    const rest = await claim(`cus_${mode}_keyC`, 3, uniqueKey("rest"))
    expect({ left: rest.left, held: await heldCount(offer.id) }).toEqual({ left: 0, held: { n: 2, units: 5 } })
  })

  describe("claims arriving together (one batch in the Postgres engine)", () => {
    const together = (offerId: string, rs: [customer: string, key: string, quantity?: number][]) =>
      Promise.allSettled(rs.map(([c, idempotencyKey, quantity = 1]) =>
        gw.ctx.claims.claim({ offerId, customerKey: `cus_${mode}_${c}`, quantity, idempotencyKey })))
    const refusal = (a: PromiseSettledResult<unknown>) => (a.status === "rejected" ? { code: a.reason.code, message: a.reason.message } : null)
    // now() is the transaction's start: claims written by one transaction share it (read back through the module's store)
    const transactions = async (answers: PromiseSettledResult<{ claim: { id: string } }>[]) => {
      const ids = answers.flatMap((a) => (a.status === "fulfilled" ? [a.value.claim.id] : []))
      const stored = await Promise.all(ids.map((id) => getClaim(t.db, id)))
      return new Set(stored.map((c) => c!.created_at.getTime())).size
    }

    it("several buyers at once, sold out mid-way: exactly the units there are, the rest sold out", async () => {
      const offer = await seedOffer(t.db, { streamId, quantity: 3 })
      const answers = await together(offer.id, Array.from({ length: 8 }, (_, i) => [`mid${i}`, uniqueKey("mid")] as [string, string]))
      const won = answers.flatMap((a) => (a.status === "fulfilled" ? [a.value] : []))
      expect(won.map((w) => w.left).sort()).toEqual([0, 1, 2])
      expect(won.every((w) => w.claim.status === "held" && !w.duplicate)).toBe(true)
      expect(answers.filter((a) => refusal(a)?.code === "sold_out")).toHaveLength(5)
      expect(await heldCount(offer.id)).toEqual({ n: 3, units: 3 })
      await gw.ctx.claims.flush()
      expect((await offerRow(offer.id)).claimed).toBe(3)
      if (mode === "postgres") {
        expect(await transactions(answers)).toBe(1)
      }
    })

    it("the same key twice at once: the buyer's second replays the first, another buyer's is refused", async () => {
      const offer = await seedOffer(t.db, { streamId, quantity: 5, perCustomerLimit: 5 })
      const key = uniqueKey("twice")
      const [first, again, foreign, other] = await together(offer.id, [["twiceA", key, 2], ["twiceA", key, 2], ["twiceB", key], ["twiceC", uniqueKey("twice")]])
      expect(first.status === "fulfilled" && again.status === "fulfilled" && other.status === "fulfilled").toBe(true)
      const [a, b, c] = [first, again, other].map((x) => (x as PromiseFulfilledResult<any>).value)
      expect({ id: b.claim.id, duplicate: b.duplicate }).toEqual({ id: a.claim.id, duplicate: true })
      expect(a.duplicate).toBe(false)
      expect(refusal(foreign)).toEqual({ code: "bad_request", message: "idempotencyKey: already used for another claim" })
      expect(c.claim.quantity).toBe(1)
      expect(await heldCount(offer.id)).toEqual({ n: 2, units: 3 })
    })

    it("a buyer over the limit among others at once: the limit holds, the others are served", async () => {
      const offer = await seedOffer(t.db, { streamId, quantity: 10, perCustomerLimit: 2 })
      const rs: [string, string][] = [["overA", uniqueKey("over")], ["overB", uniqueKey("over")], ["overA", uniqueKey("over")],
        ["overA", uniqueKey("over")], ["overB", uniqueKey("over")], ["overA", uniqueKey("over")]]
      const answers = await together(offer.id, rs)
      const of = (who: string) => answers.filter((_, i) => rs[i][0] === who)
      expect(of("overA").map((a) => a.status === "fulfilled" ? "held" : refusal(a)?.code).sort()).toEqual(["held", "held", "limit_reached", "limit_reached"])
      expect(of("overB").map((a) => a.status)).toEqual(["fulfilled", "fulfilled"])
      expect(await heldCount(offer.id)).toEqual({ n: 4, units: 4 })
      if (mode === "postgres") {
        expect(await transactions(answers)).toBe(1)
      }
    })
  })

  it("a released claim gives its units back and broadcasts offer:stock", async () => {
    const offer = await seedOffer(t.db, { streamId, quantity: 4, perCustomerLimit: 4 })
    const key = await seedPublishableKey(t.db)
    const [viewer, buyer] = await Promise.all([connect(gw.url, { publishableKey: key }), connect(gw.url, customer("rel"))])
    try {
      await ask(viewer, "join", { streamId })
      const taken = waitFor(viewer, "offer:stock", (d) => d.offerId === offer.id && d.left === 1)
      const got = await ask(buyer, "offer:claim", { offerId: offer.id, quantity: 3, idempotencyKey: uniqueKey("rel") })
      expect(got.left).toBe(1)
      await taken
      const back = waitFor(viewer, "offer:stock", (d) => d.offerId === offer.id && d.left === 4)
      const released = await gw.ctx.claims.release(got.claim.id)
      expect(released?.status).toBe("released")
      expect(await gw.ctx.claims.release(got.claim.id)).toBeNull()
      const stock = await back
      expect(stock).toMatchObject({ streamId, offerId: offer.id, left: 4 })
      expect(typeof stock.seq).toBe("number")
      expect(await heldCount(offer.id)).toEqual({ n: 0, units: 0 })
    } finally {
      closeAll([viewer, buyer])
    }
  })

  it("an expired hold goes back to the offer, offer:stock is broadcast, and still counts against its buyer's limit", async () => {
    const short = await startGateway(t.db, { redis, prefix, holdMs: 1200 })
    const offer = await seedOffer(t.db, { streamId, quantity: 3 })
    const key = await seedPublishableKey(t.db)
    const [viewer, buyer, other] = await Promise.all([
      connect(short.url, { publishableKey: key }), connect(short.url, customer("exp")), connect(short.url, customer("exp-other")),
    ])
    try {
      await ask(viewer, "join", { streamId })
      const restored = waitFor(viewer, "offer:stock", (d) => d.offerId === offer.id && d.left === 3)
      const got = await ask(buyer, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("exp") })
      expect(got.left).toBe(2)
      expect((await restored).left).toBe(3)
      const claim = await getClaim(t.db, got.claim.id)
      expect(claim?.status).toBe("expired")
      // The returned unit can be claimed again, but not by the buyer who let it expire (limit 1).
      const again = await ask(buyer, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("exp2") })
      expect(again.error).toEqual({ code: "limit_reached", message: "offerId: per-customer limit reached", left: 3 })
      const theirs = await ask(other, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("exp3") })
      expect(theirs.claim.status).toBe("held")
    } finally {
      closeAll([viewer, buyer, other])
      await short.close()
    }
  })

  it("converts held claims; once every unit is bought the offer ends sold_out", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_conv" })
    const offer = await seedOffer(t.db, { streamId, quantity: 2 })
    const key = await seedPublishableKey(t.db)
    const [viewer, s, s2] = await Promise.all([
      connect(gw.url, { publishableKey: key }), connect(gw.url, customer("conv")), connect(gw.url, customer("conv2")),
    ])
    try {
      await ask(viewer, "join", { streamId })
      const got = await ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("conv") })
      const got2 = await ask(s2, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("conv") })
      expect(await setClaimRefs(t.db, got.claim.id, { cartId: "cart_1", lineItemId: "cali_1" })).toMatchObject({
        cart_id: "cart_1", line_item_id: "cali_1", status: "held",
      })
      const converted = await gw.ctx.claims.convert(got.claim.id, { orderId: "order_1" })
      expect(converted).toMatchObject({ status: "converted", order_id: "order_1", line_item_id: "cali_1" })
      expect(await gw.ctx.claims.release(got.claim.id)).toBeNull()
      expect((await offerRow(offer.id)).status).toBe("live")
      const ended = waitFor(viewer, "offer:ended", (d) => d.offerId === offer.id)
      await gw.ctx.claims.convert(got2.claim.id, { orderId: "order_2" })
      expect((await ended).reason).toBe("sold_out")
      const { status, end_reason } = await offerRow(offer.id)
      expect({ status, end_reason }).toEqual({ status: "ended", end_reason: "sold_out" })
      expect(await heldCount(offer.id)).toEqual({ n: 2, units: 2 })
      expect(await streamSales(t.db, streamId)).toEqual({
        claims: 2, orders: 2, units_sold: 2, gmv: 198_000, claimers: 2, buyers: 2,
      })
    } finally {
      closeAll([viewer, s, s2])
    }
  })

  if (mode === "redis") {
    it("a claim taken under a Redis state that was rebuilt meanwhile is not made durable", async () => {
      const offer = await seedOffer(t.db, { streamId, quantity: 1 })
      const keys = redisKeys(prefix)
      await rebuildOfferState(t.db, redis!, keys, offer.id)
      const ks = keys.offerState(offer.id)
      // A gateway takes the last unit in Redis...
      const taken = parseClaimReply(await claimScript.run<string[]>(redis!, ks, claimArgs(1, "cus_slow", "slow-key-1", "lclm_slow")))
      expect(taken?.took).toBe(true)
      // ...Redis loses it and the state is rebuilt from Postgres before the insert.
      await rebuildOfferState(t.db, redis!, keys, offer.id, { force: true })
      const late = await insertClaimsIfFresh(t.db, offer.id, [{
        id: "lclm_slow", streamId, customerKey: "cus_slow", customerId: null, cartId: null,
        quantity: 1, price: 99_000, idempotencyKey: "slow-key-1", expiresAt: Date.now() + 60_000, gen: taken!.gen,
      }])
      expect(late).toEqual([{ claim: null, fresh: false }])
      const s = await connect(gw.url, customer("after-rebuild"))
      try {
        const got = await ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("ar") })
        expect(got.claim.status).toBe("held")
        const again = await ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("ar") })
        expect(again.error.code).toBe("sold_out")
        expect(await heldCount(offer.id)).toEqual({ n: 1, units: 1 })
      } finally {
        s.close()
      }
    })

    it("makes a batch of winners durable in one statement: each fresh row inserted, a key already held answered by its claim", async () => {
      const offer = await seedOffer(t.db, { streamId, quantity: 5 })
      const keys = redisKeys(prefix)
      await rebuildOfferState(t.db, redis!, keys, offer.id)
      // the generation the state was built under (kept in Redis and in the offer row)
      const gen = (await redis!.hget(keys.offer(offer.id), "gen"))!
      const row = (n: number, key = `batch-key-${n}`) => ({
        id: `lclm_batch_${n}`, streamId, customerKey: `cus_batch_${n}`, customerId: null, cartId: null,
        quantity: 1, price: 99_000, idempotencyKey: key, expiresAt: Date.now() + 60_000, gen,
      })
      const [first] = await insertClaimsIfFresh(t.db, offer.id, [row(1)])
      expect(first.fresh).toBe(true)
      expect(first.claim).toMatchObject({ id: "lclm_batch_1", offer_id: offer.id, status: "held" })
      const out = await insertClaimsIfFresh(t.db, offer.id, [row(2), row(3, "batch-key-1"), row(4)])
      expect(out.map((r) => [r.fresh, r.claim?.id ?? null])).toEqual([
        [true, "lclm_batch_2"], [true, null], [true, "lclm_batch_4"],
      ])
      expect(out[0].claim!.expires_at).toBeInstanceOf(Date)
      const stale = await insertClaimsIfFresh(t.db, offer.id, [{ ...row(5), gen: "not-the-gen" }, { ...row(6), gen: "not-the-gen" }])
      expect(stale).toEqual([{ claim: null, fresh: false }, { claim: null, fresh: false }])
      const stored = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => getClaim(t.db, `lclm_batch_${n}`)))
      expect(stored.map((c) => c?.id ?? null)).toEqual(["lclm_batch_1", "lclm_batch_2", null, "lclm_batch_4", null, null])
      expect(await heldClaimTotals(t.db, offer.id)).toEqual({ n: 3, units: 3 })
    })

    it("a winner's row is written while an earlier batch of its offer is still being written; the stock it announces waits for that claim's answer", async () => {
      const offer = await seedOffer(t.db, { streamId, quantity: 5 })
      const keys = redisKeys(prefix)
      await rebuildOfferState(t.db, redis!, keys, offer.id)
      const gen = (await redis!.hget(keys.offer(offer.id), "gen"))!
      const claim = (n: string) =>
        gw.ctx.claims.claim({ offerId: offer.id, customerKey: `cus_${mode}_inflight_${n}`, quantity: 1, idempotencyKey: `inflight-${n}` })
      const viewer = await connect(gw.url, { publishableKey: await seedPublishableKey(t.db) })
      await ask(viewer, "join", { streamId })
      const stocks: { left: number }[] = []
      viewer.on("offer:stock", (d) => d.offerId === offer.id && stocks.push(d))
      // another transaction holds key inflight-a, uncommitted: the batch with that key waits for it
      const other = await t.db.connect()
      const blocked = async () =>
        (await t.db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0].n
      try {
        await other.query("BEGIN")
        await insertClaimsIfFresh(other, offer.id, [{
          id: "lclm_inflight_other", streamId, customerKey: "cus_other", customerId: null, cartId: null,
          quantity: 1, price: 99_000, idempotencyKey: "inflight-a", expiresAt: Date.now() + 60_000, gen,
        }])
        const first = claim("a")
        while ((await blocked()) === 0) {
          await new Promise((r) => setTimeout(r, 20))
        }
        let timer: NodeJS.Timeout | undefined
        const notYet = new Promise<"still waiting">((r) => (timer = setTimeout(() => r("still waiting"), 10_000)))
        const second = await Promise.race([claim("b"), notYet]).finally(() => clearTimeout(timer))
        expect(second).toMatchObject({ claim: { status: "held", idempotency_key: "inflight-b" }, duplicate: false })
        // b's stock is held while a's row is still being written (unheld, it reaches the viewer within milliseconds)
        await new Promise((r) => setTimeout(r, 300))
        expect(stocks).toEqual([])
        await other.query("ROLLBACK")
        expect((await first).claim).toMatchObject({ status: "held", idempotency_key: "inflight-a" })
        await until(() => stocks.length > 0)
        expect(stocks.map((d) => d.left)).toEqual([3])
      } finally {
        await other.query("ROLLBACK").catch(() => undefined)
        other.release()
        viewer.close()
      }
      expect(await heldCount(offer.id)).toEqual({ n: 2, units: 2 })
    })

    it("expired holds still count against their buyer's limit after Redis loses its state", async () => {
      const offer = await seedOffer(t.db, { streamId, quantity: 5, perCustomerLimit: 2 })
      const claim = (quantity: number) =>
        gw.ctx.claims.claim({ offerId: offer.id, customerKey: `cus_${mode}_lapsed`, quantity, idempotencyKey: uniqueKey("lapsed") })
      const first = await claim(2)
      await gw.ctx.claims.expireDue(new Date(first.claim.expires_at.getTime() + 1))
      await flushPrefix(redis!, prefix)
      await expect(claim(1)).rejects.toMatchObject({ code: "limit_reached", details: { left: 5 } })
    })

    it("after Redis loses its state, claims rebuild from Postgres and never oversell", async () => {
      const offer = await seedOffer(t.db, { streamId, quantity: 10 })
      const sockets = await connectMany(gw.url, Array.from({ length: 30 }, (_, i) => customer(`flush${i}`)))
      try {
        const keys = sockets.map(() => uniqueKey("fl"))
        const first = await Promise.all(
          sockets.slice(0, 6).map((s, i) => ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: keys[i] }))
        )
        expect(first.filter((a) => a.claim)).toHaveLength(6)
        await flushPrefix(redis!, prefix)
        const retry = await ask(sockets[0], "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: keys[0] })
        expect(retry.claim.id).toBe(first[0].claim.id)
        const rest = await Promise.all(
          sockets.slice(6).map((s, i) => ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: keys[i + 6] }))
        )
        expect(rest.filter((a) => a.claim)).toHaveLength(4)
        expect(rest.filter((a) => a.error?.code === "sold_out")).toHaveLength(20)
        expect(await heldCount(offer.id)).toEqual({ n: 10, units: 10 })
        expect(await redis!.hget(`${prefix}offer:{${offer.id}}`, "c")).toBe("10")
      } finally {
        closeAll(sockets)
      }
    })
  }
}
