import { ask, closeAll, connect, record, recordSeq, until, waitFor, type Client } from "./helpers/clients"
import { createTestDb, type TestDb } from "./helpers/db"
import { seedOffer, seedProduct, seedPublishableKey, seedStream, seedVariant, tokenFor, verifySeller } from "./helpers/fixtures"
import { startGateway } from "./helpers/gateway"

describe("live gateway — handshake and producer controls", () => {
  let t: TestDb
  let gw: Awaited<ReturnType<typeof startGateway>>
  let key: string
  const sockets: Client[] = []
  const open = async (auth: Record<string, unknown>) => {
    const s = await connect(gw.url, auth)
    sockets.push(s)
    return s
  }

  beforeAll(async () => {
    t = await createTestDb("controls")
    gw = await startGateway(t.db)
    key = await seedPublishableKey(t.db)
  })

  afterAll(async () => {
    closeAll(sockets)
    await gw?.close()
    await t?.drop()
  })

  it("refuses handshakes without a valid key or token", async () => {
    const revoked = await seedPublishableKey(t.db, true)
    await expect(connect(gw.url, {})).rejects.toMatchObject({ data: { code: "unauthorized" } })
    await expect(connect(gw.url, { publishableKey: "pk_nope" })).rejects.toMatchObject({ data: { code: "unauthorized" } })
    await expect(connect(gw.url, { publishableKey: revoked })).rejects.toMatchObject({ data: { code: "unauthorized" } })
    await expect(connect(gw.url, { token: "not.a.jwt" })).rejects.toMatchObject({ data: { code: "unauthorized" } })
    const guest = await open({ publishableKey: key })
    expect(guest.connected).toBe(true)
  })

  it("a producer cannot control another producer's stream", async () => {
    const streamA = await seedStream(t.db, { producerId: "prod_alpha", status: "scheduled" })
    const offerA = await seedOffer(t.db, { streamId: streamA, quantity: 5 })
    const { variantId } = await seedVariant(t.db)
    const intruder = await open({ token: tokenFor("producer", "prod_beta") })
    const customer = await open({ token: tokenFor("customer", "cus_curious") })
    const attempts: [string, unknown][] = [
      ["stream:start", { streamId: streamA }],
      ["stream:end", { streamId: streamA }],
      ["product:pin", { streamId: streamA, productIds: ["prod_x"] }],
      ["offer:launch", { streamId: streamA, variantId, price: 1000, quantity: 3, perCustomerLimit: 1, startsInSec: 10, durationSec: 60 }],
      ["offer:stop", { offerId: offerA.id }],
      ["chat:mute", { streamId: streamA, userId: "cus_x", minutes: 5 }],
      ["chat:ban", { streamId: streamA, userId: "cus_x" }],
      ["chat:slowmode", { streamId: streamA, seconds: 10 }],
    ]
    for (const [event, payload] of attempts) {
      for (const who of [intruder, customer]) {
        const r = await ask(who, event, payload)
        expect({ event, code: r.error?.code }).toEqual({ event, code: "forbidden" })
      }
    }
    const row = (await t.db.query(`SELECT status, pinned_product_ids, slow_mode_seconds FROM live_stream WHERE id = $1`, [streamA])).rows[0]
    expect(row).toEqual({ status: "scheduled", pinned_product_ids: [], slow_mode_seconds: 0 })
    expect((await t.db.query(`SELECT status FROM live_offer WHERE id = $1`, [offerA.id])).rows[0].status).toBe("live")
    expect((await t.db.query(`SELECT count(*)::int AS n FROM live_moderation`)).rows[0].n).toBe(0)
  })

  it("a stream goes live only once its seller's identity is verified", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_unverified", status: "scheduled", verified: false })
    const owner = await open({ token: tokenFor("producer", "prod_unverified") })
    const admin = await open({ token: tokenFor("user", "user_admin") })
    for (const who of [owner, admin]) {
      const refused = await ask(who, "stream:start", { streamId })
      expect(refused.error).toEqual({
        code: "forbidden",
        message: expect.stringMatching(/^producer_id: seller prod_unverified has no verified identity/),
      })
    }
    const row = (await t.db.query(`SELECT status, started_at, last_seq FROM live_stream WHERE id = $1`, [streamId])).rows[0]
    expect(row).toEqual({ status: "scheduled", started_at: null, last_seq: 0 })

    await verifySeller(t.db, "prod_unverified")
    expect((await ask(owner, "stream:start", { streamId })).stream.status).toBe("live")
  })

  it("the owner and an admin control the stream; viewers get the events", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_owner", status: "scheduled" })
    const owner = await open({ token: tokenFor("producer", "prod_owner") })
    const admin = await open({ token: tokenFor("user", "user_admin") })
    const viewer = await open({ publishableKey: key })
    // listening before the join: an event may arrive with the join's answer (one polling payload)
    const seen = record(viewer, ["stream:status", "product:pinned", "offer:scheduled", "offer:started"])
    const all = recordSeq(viewer)
    const joined = await ask(viewer, "join", { streamId })
    expect(joined).toMatchObject({ stream: { id: streamId, status: "scheduled" }, pinned: [], offers: [] })

    expect((await ask(owner, "stream:start", { streamId })).stream.status).toBe("live")
    const pins = [await seedProduct(t.db, { producerId: "prod_owner" }), await seedProduct(t.db), await seedProduct(t.db)]
    expect(await ask(admin, "product:pin", { streamId, productIds: pins })).toEqual({ productIds: pins })
    const { variantId, productId } = await seedVariant(t.db, 150_000, "prod_owner")
    const launched = await ask(owner, "offer:launch", {
      streamId, variantId, price: 99_000, quantity: 20, perCustomerLimit: 2, startsInSec: 10, durationSec: 120,
    })
    expect(launched.offer).toMatchObject({
      streamId, variantId, productId, price: 99_000, originalPrice: 150_000, quantity: 20, left: 20,
      perCustomerLimit: 2, status: "scheduled", title: "Hồi khô Lạng Sơn - 500 g",
    })
    expect(launched.offer.startsAt - Date.now()).toBeGreaterThan(8_000)
    const started = await waitFor(viewer, "offer:started", (d) => d.offer.id === launched.offer.id, 20_000)
    expect(started.offer.status).toBe("live")
    expect(seen.map((e) => e.event)).toEqual(["stream:status", "product:pinned", "offer:scheduled", "offer:started"])
    // Every room event (viewer counts included) is numbered without a gap.
    const seqs = all.map((e) => e.data.seq)
    expect(seqs).toEqual(seqs.map((_, i) => joined.seq + 1 + i))

    const offerEnded = waitFor(viewer, "offer:ended", (d) => d.offerId === launched.offer.id)
    const stopped = await ask(admin, "offer:stop", { offerId: launched.offer.id })
    expect(stopped.offer.endReason).toBe("stopped")
    expect((await offerEnded).reason).toBe("stopped")
    const streamEnded = waitFor(viewer, "stream:status", (d) => d.status === "ended")
    expect((await ask(owner, "stream:end", { streamId })).stream.status).toBe("ended")
    await streamEnded
  })

  it("a producer pins and sells only its own products; an admin any existing one", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_mine" })
    const owner = await open({ token: tokenFor("producer", "prod_mine") })
    const admin = await open({ token: tokenFor("user", "user_admin2") })
    const mine = await seedVariant(t.db, 100_000, "prod_mine")
    const theirs = await seedVariant(t.db, 100_000, "prod_theirs")
    const orphan = await seedVariant(t.db, 100_000) // in no seller directory: nobody's
    const launch = (variantId: string) => ({
      streamId, variantId, price: 80_000, quantity: 5, perCustomerLimit: 1, startsInSec: 10, durationSec: 60,
    })

    for (const v of [theirs, orphan]) {
      const r = await ask(owner, "offer:launch", launch(v.variantId))
      expect(r.error).toEqual({ code: "forbidden", message: expect.stringContaining("variantId") })
    }
    for (const ids of [[mine.productId, theirs.productId], [orphan.productId]]) {
      const r = await ask(owner, "product:pin", { streamId, productIds: ids })
      expect(r.error).toEqual({ code: "forbidden", message: expect.stringContaining(ids[ids.length - 1]) })
    }
    expect((await ask(owner, "product:pin", { streamId, productIds: ["prod_nowhere"] })).error).toMatchObject({ code: "not_found" })
    expect((await ask(admin, "product:pin", { streamId, productIds: ["prod_nowhere"] })).error).toMatchObject({ code: "not_found" })
    const pinnedNow = async () =>
      (await t.db.query(`SELECT pinned_product_ids FROM live_stream WHERE id = $1`, [streamId])).rows[0].pinned_product_ids
    expect(await pinnedNow()).toEqual([])

    expect((await ask(owner, "offer:launch", launch(mine.variantId))).offer.variantId).toBe(mine.variantId)
    expect(await ask(owner, "product:pin", { streamId, productIds: [mine.productId] })).toEqual({ productIds: [mine.productId] })
    expect((await ask(admin, "offer:launch", launch(theirs.variantId))).offer.variantId).toBe(theirs.variantId)
    const all = [mine.productId, theirs.productId, orphan.productId]
    expect(await ask(admin, "product:pin", { streamId, productIds: all })).toEqual({ productIds: all })
    expect(await pinnedNow()).toEqual(all)
    const { rows } = await t.db.query(`SELECT variant_id FROM live_offer WHERE stream_id = $1 ORDER BY created_at`, [streamId])
    expect(rows.map((r) => r.variant_id)).toEqual([mine.variantId, theirs.variantId])
  })

  it("bad input is refused with bad_request naming the field, and changes nothing", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_owner2" })
    const owner = await open({ token: tokenFor("producer", "prod_owner2") })
    const { variantId } = await seedVariant(t.db)
    const launch = { streamId, variantId, price: 50_000, quantity: 10, perCustomerLimit: 1, startsInSec: 10, durationSec: 60 }
    const cases: [string, unknown, string][] = [
      ["offer:launch", { ...launch, startsInSec: 5 }, "startsInSec"],
      ["offer:launch", { ...launch, startsInSec: 301 }, "startsInSec"],
      ["offer:launch", { ...launch, price: 10.5 }, "price"],
      ["offer:launch", { ...launch, price: -1 }, "price"],
      ["offer:launch", { ...launch, quantity: 0 }, "quantity"],
      ["offer:launch", { ...launch, perCustomerLimit: 11 }, "perCustomerLimit"],
      ["offer:launch", { ...launch, variantId: "<script>" }, "variantId"],
      ["product:pin", { streamId, productIds: ["a", "b", "c", "d"] }, "productIds"],
      ["product:pin", { streamId, productIds: ["a", "a"] }, "productIds"],
      ["chat:mute", { streamId, userId: "cus_1", minutes: 0 }, "minutes"],
      ["chat:slowmode", { streamId, seconds: "10" }, "seconds"],
      ["join", { streamId: "" }, "streamId"],
      ["join", { streamId, lastSeq: -3 }, "lastSeq"],
      ["offer:claim", { offerId: "loff_1", quantity: 1, idempotencyKey: "short" }, "idempotencyKey"],
      ["stream:start", "not an object", "payload"],
      ["stream:start", null, "payload"],
    ]
    for (const [event, payload, field] of cases) {
      const r = await ask(owner, event, payload)
      expect({ event, field, code: r.error?.code }).toEqual({ event, field, code: "bad_request" })
      expect(r.error.message).toContain(field)
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM live_offer WHERE stream_id = $1`, [streamId])).rows[0].n).toBe(0)
    const row = (await t.db.query(`SELECT pinned_product_ids, slow_mode_seconds FROM live_stream WHERE id = $1`, [streamId])).rows[0]
    expect(row).toEqual({ pinned_product_ids: [], slow_mode_seconds: 0 })
  })

  it("an offer cannot promise more units than the variant has in inventory, counting other open offers", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_stock" })
    const owner = await open({ token: tokenFor("producer", "prod_stock") })
    const { variantId } = await seedVariant(t.db, 80_000, "prod_stock", 12)
    const launch = (quantity: number) =>
      ask(owner, "offer:launch", { streamId, variantId, price: 50_000, quantity, perCustomerLimit: 1, startsInSec: 10, durationSec: 60 })
    expect((await launch(13)).error).toEqual({
      code: "bad_request", field: "quantity", available: 12, message: "quantity: only 12 in inventory",
    })
    expect((await launch(8)).offer.quantity).toBe(8)
    expect((await launch(5)).error).toEqual({
      code: "bad_request", field: "quantity", available: 4, message: "quantity: only 4 in inventory (8 promised by open offers)",
    })
    expect((await launch(4)).offer.quantity).toBe(4)
    const { rows } = await t.db.query(`SELECT quantity FROM live_offer WHERE stream_id = $1 ORDER BY created_at`, [streamId])
    expect(rows.map((r) => r.quantity)).toEqual([8, 4])
    const untracked = await seedVariant(t.db, 80_000, "prod_stock", null)
    const big = await ask(owner, "offer:launch", {
      streamId, variantId: untracked.variantId, price: 50_000, quantity: 500, perCustomerLimit: 1, startsInSec: 10, durationSec: 60,
    })
    expect(big.offer.quantity).toBe(500)
  })

  it("keeps delivering, without a gap, after its LISTEN connection drops", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_listen" })
    const owner = await open({ token: tokenFor("producer", "prod_listen") })
    const viewer = await open({ publishableKey: key })
    for (const id of ["a", "b", "c"]) {
      await seedProduct(t.db, { id, producerId: "prod_listen" })
    }
    const all = recordSeq(viewer)
    const joined = await ask(viewer, "join", { streamId })
    const dropped = await t.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`
    )
    expect(dropped.rowCount).toBeGreaterThan(0)
    for (const ids of [["a"], ["b"], ["c"]]) {
      await ask(owner, "product:pin", { streamId, productIds: ids })
    }
    await until(() => all.some((e) => e.event === "product:pinned" && e.data.productIds[0] === "c"), 15_000)
    const seqs = all.map((e) => e.data.seq)
    expect(seqs).toEqual(seqs.map((_, i) => joined.seq + 1 + i))
    expect(all.filter((e) => e.event === "product:pinned").map((e) => e.data.productIds[0])).toEqual(["a", "b", "c"])
  })

  it("a join with lastSeq replays missed events in order before new ones", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_replay" })
    const owner = await open({ token: tokenFor("producer", "prod_replay") })
    for (const id of ["p1", "p2", "p3", "p4"]) {
      await seedProduct(t.db, { id, producerId: "prod_replay" })
    }
    const viewer = await open({ publishableKey: key })
    await ask(viewer, "join", { streamId })
    const pinned = waitFor(viewer, "product:pinned")
    await ask(owner, "product:pin", { streamId, productIds: ["p1"] })
    const lastSeq = (await pinned).seq
    viewer.close()
    for (const ids of [["p2"], ["p2", "p3"], ["p3"]]) {
      await ask(owner, "product:pin", { streamId, productIds: ids })
    }
    const back = await open({ publishableKey: key })
    const seen = record(back, ["product:pinned"])
    const all = recordSeq(back)
    const ack = await ask(back, "join", { streamId, lastSeq })
    expect(ack.resync).toBe(false)
    const p4 = waitFor(back, "product:pinned", (d) => d.productIds[0] === "p4")
    await ask(owner, "product:pin", { streamId, productIds: ["p4"] })
    await p4
    expect(seen.map((e) => e.data.productIds)).toEqual([["p2"], ["p2", "p3"], ["p3"], ["p4"]])
    const seqs = all.map((e) => e.data.seq)
    expect(seqs).toEqual(seqs.map((_, i) => lastSeq + 1 + i))
  })
})
