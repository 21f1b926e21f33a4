import type Redis from "ioredis"
import { createLiveServices, type LiveServices } from "../../src/live/medusa"
import { ask, closeAll, connect, connectMany, recordSeq, until, waitFor, type Client } from "./helpers/clients"
import { createTestDb, type TestDb } from "./helpers/db"
import { seedOffer, seedProduct, seedPublishableKey, seedStream, seedVariant, tokenFor, uniqueKey } from "./helpers/fixtures"
import { fixtureCatalog } from "./helpers/fake-medusa"
import { spawnGateway, type GatewayProcess } from "./helpers/gateway"
import { REDIS_URL, describeWithRedis, flushPrefix, newRedis, testPrefix } from "./helpers/redis"

describeWithRedis("live gateway — two processes over Redis", () => {
  let t: TestDb
  let redis: Redis
  let prefix: string
  let A: GatewayProcess
  let B: GatewayProcess
  let medusa: LiveServices
  let key: string
  const sockets: Client[] = []
  const open = async (g: GatewayProcess, auth: Record<string, unknown>) => {
    const s = await connect(g.url, auth)
    sockets.push(s)
    return s
  }

  beforeAll(async () => {
    t = await createTestDb("multi")
    redis = newRedis()
    prefix = testPrefix("multi")
    const env = { DATABASE_URL: t.url, REDIS_URL, LIVE_REDIS_PREFIX: prefix }
    ;[A, B] = await Promise.all([spawnGateway(env), spawnGateway(env)])
    medusa = createLiveServices({ databaseUrl: t.url, redisUrl: REDIS_URL, prefix, catalog: fixtureCatalog })
    key = await seedPublishableKey(t.db)
  })

  afterAll(async () => {
    closeAll(sockets)
    await Promise.all([A?.stop(), B?.stop()])
    await medusa?.close()
    if (redis) {
      await flushPrefix(redis, prefix)
      redis.disconnect()
    }
    await t?.drop()
  })

  it("500 sockets over both gateways claiming 20 units: exactly 20 held", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_rush" })
    const offer = await seedOffer(t.db, { streamId, quantity: 20 })
    const auths = Array.from({ length: 250 }, (_, i) => ({ token: tokenFor("customer", `cus_multi_${i}`) }))
    const [onA, onB] = await Promise.all([connectMany(A.url, auths), connectMany(B.url, auths.map((_, i) => ({
      token: tokenFor("customer", `cus_multi_b${i}`),
    })))])
    try {
      const acks = await Promise.all(
        [...onA, ...onB].map((s) => ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("m") }))
      )
      expect(acks.filter((a) => a.claim)).toHaveLength(20)
      expect(acks.filter((a) => a.error?.code === "sold_out")).toHaveLength(480)
      const held = (await t.db.query(`SELECT count(*)::int AS n FROM live_claim WHERE offer_id = $1 AND status = 'held'`, [offer.id])).rows[0]
      expect(held.n).toBe(20)
    } finally {
      closeAll([...onA, ...onB])
    }
  })

  it("a chat flood is limited across gateways (one shared bucket per user)", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_flood2" })
    const token = tokenFor("customer", "cus_two_tabs")
    const [tabA, tabB] = await Promise.all([open(A, { token }), open(B, { token })])
    await Promise.all([ask(tabA, "join", { streamId }), ask(tabB, "join", { streamId })])
    const started = Date.now()
    const acks = await Promise.all(
      [tabA, tabB].flatMap((s) => Array.from({ length: 10 }, (_, i) => ask(s, "chat:send", { streamId, text: `x${i}` })))
    )
    const accepted = acks.filter((a) => a.message).length
    const ceiling = 3 + Math.ceil(((Date.now() - started) / 1000) * 3)
    expect(accepted).toBeGreaterThanOrEqual(3)
    expect(accepted).toBeLessThanOrEqual(Math.min(ceiling, 6))
    expect(acks.filter((a) => a.error?.code === "rate_limited")).toHaveLength(20 - accepted)
  })

  it("a viewer on A gets what B launches and what Medusa publishes; after A dies it resumes on B with no gap", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_multi", status: "scheduled" })
    const { variantId } = await seedVariant(t.db, 200_000, "prod_multi")
    for (const id of ["prod_a", "prod_b", "prod_c"]) {
      await seedProduct(t.db, { id, producerId: "prod_multi" })
    }
    const viewer = await open(A, { publishableKey: key })
    const guest = await ask(viewer, "session", {})
    const host = await open(B, { token: tokenFor("producer", "prod_multi") })
    const events = recordSeq(viewer)
    const joined = await ask(viewer, "join", { streamId })
    expect(joined.stream.status).toBe("scheduled")

    const live = waitFor(viewer, "stream:status", (d) => d.status === "live")
    await ask(host, "stream:start", { streamId })
    await live
    const scheduled = waitFor(viewer, "offer:scheduled")
    const launched = await ask(host, "offer:launch", {
      streamId, variantId, price: 149_000, quantity: 30, perCustomerLimit: 2, startsInSec: 10, durationSec: 300,
    })
    expect((await scheduled).offer.id).toBe(launched.offer.id)
    const started = await waitFor(viewer, "offer:started", (d) => d.offer.id === launched.offer.id, 25_000)
    expect(started.offer).toMatchObject({ status: "live", left: 30, price: 149_000 })

    // "Medusa side": no Socket.IO server, just the publish function.
    const fromMedusa = waitFor(viewer, "offer:stock", (d) => d.offerId === launched.offer.id)
    const published = await medusa.log.publish(streamId, "offer:stock", { offerId: launched.offer.id }, { stockOf: launched.offer.id })
    expect(await fromMedusa).toMatchObject({ offerId: launched.offer.id, left: 30, seq: published.seq })

    const lastSeq = events[events.length - 1].data.seq
    A.child.kill("SIGKILL")
    await until(() => viewer.disconnected)

    // Missed while away (nobody has joined this stream on B, so the replay
    // must come from the Redis log): a pin, a claim's stock change, a Medusa event.
    const buyer = await open(B, { token: tokenFor("customer", "cus_multi_buyer") })
    await ask(host, "product:pin", { streamId, productIds: ["prod_a", "prod_b"] })
    const claim = await ask(buyer, "offer:claim", { offerId: launched.offer.id, quantity: 2, idempotencyKey: uniqueKey("mb") })
    expect(claim.left).toBe(28)
    await medusa.claims.release(claim.claim.id)
    await medusa.claims.flush()
    await medusa.log.publish(streamId, "stream:note", { text: "from medusa" })

    // The same guest on B: the id A issued, proven by its signed token.
    const back = await open(B, { publishableKey: key, guestToken: guest.guestToken })
    expect((await ask(back, "session", {})).guestId).toBe(guest.guestId)
    const resumed = recordSeq(back)
    const ack = await ask(back, "join", { streamId, lastSeq })
    expect(ack.resync).toBe(false)
    await until(() => resumed.some((e) => e.event === "stream:note"))
    await ask(buyer, "join", { streamId })
    await ask(buyer, "chat:send", { streamId, text: "Còn hàng không shop?" })
    const after = await ask(host, "product:pin", { streamId, productIds: ["prod_c"] })
    expect(after.productIds).toEqual(["prod_c"])
    await until(() => resumed.some((e) => e.event === "product:pinned" && e.data.productIds[0] === "prod_c"))

    const seqs = [...events, ...resumed].map((e) => e.data.seq)
    const first = joined.seq + 1
    expect(seqs).toEqual(seqs.map((_, i) => first + i))
    const types = resumed.map((e) => e.event)
    for (const type of ["product:pinned", "offer:stock", "stream:note", "chat:message"]) {
      expect(types).toContain(type)
    }
    expect(resumed.find((e) => e.event === "offer:stock" && e.data.left === 28)).toBeDefined()
    // The release made on the Medusa side gave the 2 units back.
    expect(resumed.find((e) => e.event === "offer:stock" && e.data.left === 30)).toBeDefined()
    expect([...events, ...resumed].filter((e) => e.event === "offer:started")).toHaveLength(1)
  })
})
