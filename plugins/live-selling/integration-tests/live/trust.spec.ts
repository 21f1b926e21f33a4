import jwt from "jsonwebtoken"
import type { LiveEventLog } from "../../src/modules/livestream/events/types"
import { LiveConnection } from "../../widget/connection"
import { ask, closeAll, connect, record, recordSeq, until, type Client } from "./helpers/clients"
import { createTestDb, type TestDb } from "./helpers/db"
import { JWT_SECRET, revokePublishableKey, seedOffer, seedPublishableKey, seedStream, uniqueKey } from "./helpers/fixtures"
import { startGateway } from "./helpers/gateway"

/** Who a socket is, as the gateway sees it, and what it may do: identities it issues, replay bounds, token expiry. */
describe("live gateway — identity and trust", () => {
  let t: TestDb
  let gw: Awaited<ReturnType<typeof startGateway>>
  let key: string
  const sockets: Client[] = []
  const open = async (url: string, auth: Record<string, unknown>) => {
    const s = await connect(url, auth)
    sockets.push(s)
    return s
  }

  beforeAll(async () => {
    t = await createTestDb("trust")
    gw = await startGateway(t.db, { maxReplay: 3 })
    key = await seedPublishableKey(t.db)
  })

  afterAll(async () => {
    closeAll(sockets)
    await gw?.close()
    await t?.drop()
  })

  it("a guest's id is issued and signed by the gateway, kept across gateways with its token, never chosen by the client", async () => {
    const chooser = await open(gw.url, { publishableKey: key, guestId: "victim-guest-1" })
    const first = await ask(chooser, "session", {})
    expect(first).toMatchObject({ type: "guest", guestToken: expect.any(String) })
    expect(first.userId).toBe(`guest_${first.guestId}`)
    expect(first.guestId).not.toBe("victim-guest-1")

    // Another gateway with the same secret knows the guest by its token.
    const other = await startGateway(t.db)
    try {
      const back = await open(other.url, { publishableKey: key, guestToken: first.guestToken })
      expect(await ask(back, "session", {})).toMatchObject({ guestId: first.guestId, guestToken: first.guestToken })
    } finally {
      await other.close()
    }

    // A token naming someone else without the gateway's signature gets a fresh id.
    const [, sig] = first.guestToken.split(".")
    for (const guestToken of ["victim-guest-1", `victim-guest-1.${sig}`, `${first.guestId}.${sig.slice(0, -2)}xx`]) {
      const forger = await open(gw.url, { publishableKey: key, guestToken })
      const s = await ask(forger, "session", {})
      expect(s.guestId).not.toBe("victim-guest-1")
      expect(s.guestId).not.toBe(first.guestId)
    }
  })

  it("the widget's connection keeps the token it is given and comes back as the same guest", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_widget_guest" })
    let stored: string | undefined
    const sessions: { guestId?: string; guestToken?: string }[] = []
    const widget = () => new LiveConnection({
      url: gw.url, streamId,
      auth: async () => ({ publishableKey: key, ...(stored ? { guestToken: stored } : {}) }),
      onChange: () => undefined,
      onError: () => undefined,
      onSession: (s) => {
        sessions.push(s)
        stored = s.guestToken
      },
    })
    for (let visit = 1; visit <= 2; visit++) {
      const conn = widget()
      conn.connect()
      try {
        await until(() => sessions.length === visit)
      } finally {
        conn.close()
      }
    }
    expect(sessions[0].guestId).toEqual(expect.any(String))
    expect(sessions[1]).toEqual(sessions[0])
  })

  it("a join replays at most maxReplay missed events; further behind, the client resyncs from the snapshot", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_replay_cap" })
    const viewer = await open(gw.url, { publishableKey: key })
    await ask(viewer, "join", { streamId })
    viewer.close()
    for (let i = 1; i <= 5; i++) {
      await gw.ctx.log.publish(streamId, "stream:note", { text: `note ${i}` })
    }
    await new Promise((r) => setTimeout(r, 1100)) // the room's cached snapshot (1 s) is now at the head
    const head = await (gw.ctx.log as LiveEventLog).head(streamId)

    // 2 behind (a viewer-count event may add one): replayed, in order, from the next seq.
    const near = await open(gw.url, { publishableKey: key })
    const nearSeen = recordSeq(near)
    expect((await ask(near, "join", { streamId, lastSeq: head - 2 })).resync).toBe(false)
    const missed = (await (gw.ctx.log as LiveEventLog).since(streamId, head - 2)).events
    await until(() => nearSeen.length >= missed.length)
    expect(nearSeen.slice(0, missed.length).map((e) => [e.event, e.data.seq])).toEqual(missed.map((e) => [e.type, e.seq]))
    expect(missed.map((e) => e.seq).slice(0, 2)).toEqual([head - 1, head])

    // 5 behind, more than maxReplay (3): nothing replayed, the snapshot instead.
    const far = await open(gw.url, { publishableKey: key })
    const farSeen = record(far, ["stream:note"])
    const ack = await ask(far, "join", { streamId, lastSeq: head - 5 })
    expect(ack.resync).toBe(true)
    expect(ack.seq).toBeGreaterThanOrEqual(head)
    await new Promise((r) => setTimeout(r, 200))
    expect(farSeen).toEqual([])
  })

  it("a guest whose publishable key is revoked loses chat and claims within the key cache's time, without a reconnect", async () => {
    const short = await startGateway(t.db, { keyCacheMs: 100, guestClaims: true })
    try {
      const streamId = await seedStream(t.db, { producerId: "prod_key_revoked" })
      const offer = await seedOffer(t.db, { streamId, quantity: 5 })
      const revocable = await seedPublishableKey(t.db)
      const [chatter, buyer] = [await open(short.url, { publishableKey: revocable }), await open(short.url, { publishableKey: revocable })]
      await ask(chatter, "join", { streamId })
      expect((await ask(chatter, "chat:send", { streamId, text: "Còn hàng không?" })).message).toBeDefined()
      revokePublishableKey(revocable)
      await new Promise((r) => setTimeout(r, 150))
      const refused = { code: "unauthorized", message: "publishableKey: unknown or revoked key" }
      const dropped = [chatter, buyer].map((s) => new Promise((r) => s.once("disconnect", r)))
      expect((await ask(chatter, "chat:send", { streamId, text: "Còn không?" })).error).toEqual(refused)
      expect((await ask(buyer, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("rev") })).error).toEqual(refused)
      await Promise.all(dropped)
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM live_claim WHERE offer_id = $1`, [offer.id])
      expect(rows[0].n).toBe(0)
    } finally {
      await short.close()
    }
  })

  it("a token that expires while connected loses its rights at once: the next event is refused and the socket dropped", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_expiry" })
    const offer = await seedOffer(t.db, { streamId, quantity: 5, perCustomerLimit: 5 })
    const exp = Math.floor(Date.now() / 1000) + 2
    const token = jwt.sign({ actor_id: "cus_expiring", actor_type: "customer", auth_identity_id: "authid_test", exp }, JWT_SECRET)
    const buyer = await open(gw.url, { token })
    const claim = () => ask(buyer, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: uniqueKey("exp") })
    expect((await claim()).claim.status).toBe("held")
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 50))
    const dropped = new Promise((r) => buyer.once("disconnect", r))
    expect((await claim()).error).toEqual({ code: "unauthorized", message: "token: expired, connect again with a new token" })
    await dropped
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM live_claim WHERE offer_id = $1`, [offer.id])
    expect(rows[0].n).toBe(1)
    await expect(connect(gw.url, { token })).rejects.toMatchObject({ data: { code: "unauthorized" } })
  })
})
