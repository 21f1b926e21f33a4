import { recentMessages } from "../../src/modules/livestream/store/chat"
import { setBannedWords } from "../../src/modules/livestream/store/moderation"
import { createLiveServices } from "../../src/live/medusa"
import { streamStats } from "../../src/modules/livestream/store/stats"
import { ask, closeAll, connect, record, until, waitFor, type Client } from "./helpers/clients"
import { createTestDb, type TestDb } from "./helpers/db"
import { seedPublishableKey, seedStream, tokenFor } from "./helpers/fixtures"
import { fixtureCatalog } from "./helpers/fake-medusa"
import { startGateway } from "./helpers/gateway"

describe("live chat", () => {
  let t: TestDb
  let gw: Awaited<ReturnType<typeof startGateway>>
  let key: string
  const sockets: Client[] = []
  const open = async (auth: Record<string, unknown>) => {
    const s = await connect(gw.url, auth)
    sockets.push(s)
    return s
  }
  const room = async (producerId: string) => {
    const streamId = await seedStream(t.db, { producerId })
    const host = await open({ token: tokenFor("producer", producerId) })
    const viewer = await open({ publishableKey: key, name: "Lan" })
    await ask(host, "join", { streamId })
    await ask(viewer, "join", { streamId })
    return { streamId, host, viewer }
  }

  beforeAll(async () => {
    t = await createTestDb("chat")
    gw = await startGateway(t.db)
    key = await seedPublishableKey(t.db)
  })

  afterAll(async () => {
    closeAll(sockets)
    await gw?.close()
    await t?.drop()
  })

  it("a chat flood is limited to 3 messages a second per user", async () => {
    const { streamId, viewer } = await room("prod_flood")
    const spammer = await open({ token: tokenFor("customer", "cus_spammer") })
    await ask(spammer, "join", { streamId })
    const received = record(viewer, ["chat:message"])
    const started = Date.now()
    const acks = await Promise.all(
      Array.from({ length: 20 }, (_, i) => ask(spammer, "chat:send", { streamId, text: `mua ${i}` }))
    )
    const accepted = acks.filter((a) => a.message)
    const limited = acks.filter((a) => a.error?.code === "rate_limited")
    // A full bucket (3) plus what refills while the flood is handled (3/s).
    const ceiling = 3 + Math.ceil(((Date.now() - started) / 1000) * 3)
    expect(accepted.length).toBeGreaterThanOrEqual(3)
    expect(accepted.length).toBeLessThanOrEqual(Math.min(ceiling, 6))
    expect(accepted.length + limited.length).toBe(20)
    await until(() => received.length === accepted.length)
    expect(received.every((m) => m.data.userId === "cus_spammer")).toBe(true)
  })

  it("markup reaches viewers escaped, control characters stripped", async () => {
    const { streamId, viewer } = await room("prod_xss")
    const attacker = await open({ token: tokenFor("customer", "cus_attacker") })
    await ask(attacker, "join", { streamId })
    const got = waitFor(viewer, "chat:message")
    const ack = await ask(attacker, "chat:send", {
      streamId,
      text: `<img src=x onerror="alert('x')">\u0000\u202E & <b>ngon</b>\n`,
    })
    const msg = await got
    expect(msg.text).toBe("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; &lt;b&gt;ngon&lt;/b&gt;")
    expect(msg.text).not.toMatch(/[<>"']/)
    expect(ack.message.id).toBe(msg.id)
    expect(msg).toMatchObject({ userId: "cus_attacker", role: "viewer", streamId })
    const stored = (await t.db.query(`SELECT text FROM live_chat_message WHERE id = $1`, [msg.id])).rows[0]
    expect(stored.text).toBe(msg.text)
    const history = await recentMessages(t.db, streamId)
    expect(history.map((m) => m.text)).toEqual([msg.text])
  })

  it("refuses empty, too long and non-text messages, and sends from outside the room", async () => {
    const { streamId, viewer } = await room("prod_len")
    const outsider = await open({ token: tokenFor("customer", "cus_outside") })
    expect((await ask(viewer, "chat:send", { streamId, text: "x".repeat(501) })).error).toMatchObject({
      code: "bad_request", field: "text",
    })
    expect((await ask(viewer, "chat:send", { streamId, text: " \u0000\u200B " })).error.code).toBe("bad_request")
    expect((await ask(viewer, "chat:send", { streamId, text: { html: "<b>" } })).error.field).toBe("text")
    expect((await ask(outsider, "chat:send", { streamId, text: "hi" })).error).toMatchObject({
      code: "bad_request", field: "streamId",
    })
    expect((await ask(viewer, "chat:send", { streamId, text: "ố".repeat(500) })).message).toBeDefined()
  })

  it("masks banned words (stream and global) and refuses blocked ones", async () => {
    const { streamId, viewer, host } = await room("prod_words")
    await setBannedWords(t.db, null, [{ word: "lừa đảo", action: "mask" }])
    await setBannedWords(t.db, streamId, [
      { word: "hàng giả", action: "mask" },
      { word: "spamlink", action: "block" },
    ])
    const got = waitFor(host, "chat:message")
    await ask(viewer, "chat:send", { streamId, text: "Shop LỪA ĐẢO, bán Hàng giả! (lừa đảonhé)" })
    expect((await got).text).toBe("Shop *******, bán ********! (lừa đảonhé)")
    const blocked = await ask(viewer, "chat:send", { streamId, text: "xem spamlink đi" })
    expect(blocked.error).toMatchObject({ code: "bad_request", field: "text" })
  })

  it("muted and banned users are refused; a ban removes them from the room", async () => {
    const { streamId, host, viewer } = await room("prod_mod")
    const rude = await open({ token: tokenFor("customer", "cus_rude") })
    await ask(rude, "join", { streamId })
    expect((await ask(rude, "chat:send", { streamId, text: "hello" })).message).toBeDefined()
    const mute = await ask(host, "chat:mute", { streamId, userId: "cus_rude", minutes: 10 })
    expect(mute.until).toBeGreaterThan(Date.now() + 9 * 60_000)
    const muted = await ask(rude, "chat:send", { streamId, text: "still here" })
    expect(muted.error).toMatchObject({ code: "muted", until: mute.until })

    const notified = waitFor(rude, "chat:banned")
    await ask(host, "chat:ban", { streamId, userId: "cus_rude" })
    expect((await notified).streamId).toBe(streamId)
    expect((await ask(rude, "chat:send", { streamId, text: "x" })).error.code).toBe("bad_request")
    expect((await ask(rude, "join", { streamId })).error.code).toBe("banned")
    // The host is never muted by its own moderation; viewers still chat.
    expect((await ask(host, "chat:send", { streamId, text: "Chào cả nhà" })).message).toBeDefined()
    expect((await ask(viewer, "chat:send", { streamId, text: "Chào shop" })).message).toBeDefined()
  })

  it("slow mode spaces a viewer's messages; the host is exempt; delete reaches viewers", async () => {
    const { streamId, host, viewer } = await room("prod_slow")
    const slow = waitFor(viewer, "chat:slowmode")
    await ask(host, "chat:slowmode", { streamId, seconds: 30 })
    expect((await slow).seconds).toBe(30)
    const sent = await ask(viewer, "chat:send", { streamId, text: "một" })
    expect(sent.message).toBeDefined()
    const second = await ask(viewer, "chat:send", { streamId, text: "hai" })
    expect(second.error.code).toBe("rate_limited")
    expect(second.error.message).toContain("slow mode")
    expect((await ask(host, "chat:send", { streamId, text: "a" })).message).toBeDefined()
    expect((await ask(host, "chat:send", { streamId, text: "b" })).message).toBeDefined()

    const deleted = waitFor(viewer, "chat:deleted")
    await ask(host, "chat:delete", { messageId: sent.message.id })
    expect((await deleted).messageId).toBe(sent.message.id)
    const row = (await t.db.query(`SELECT deleted_at FROM live_chat_message WHERE id = $1`, [sent.message.id])).rows[0]
    expect(row.deleted_at).not.toBeNull()
  })

  it("reactions and viewer counts arrive as aggregates, not one message per like", async () => {
    const { streamId, viewer, host } = await room("prod_react")
    const reactions = record(host, ["reactions"])
    const viewers = waitFor(host, "viewers", (d) => d.count === 3)
    const third = await open({ publishableKey: key })
    await ask(third, "join", { streamId })
    const acks = await Promise.all(Array.from({ length: 10 }, () => ask(viewer, "react", { streamId, kind: "heart" })))
    expect(acks.every((a) => a.ok)).toBe(true)
    expect((await viewers).count).toBe(3)
    await until(() => reactions.reduce((s, r) => s + (r.data.counts.heart ?? 0), 0) === 10)
    expect(reactions.length).toBeLessThan(10)
    await gw.ctx.aggregates.flushStats()
    expect(await streamStats(t.db, streamId)).toEqual({ peak_viewers: 3, average_viewers: expect.any(Number), reactions: { heart: 10 } })
    const medusa = createLiveServices({ databaseUrl: t.url, redisUrl: null, catalog: fixtureCatalog })
    try {
      expect(await medusa.viewerCounts([streamId])).toEqual({ [streamId]: 3 })
    } finally {
      await medusa.close()
    }
    expect((await ask(viewer, "react", { streamId, kind: "angry" })).error.field).toBe("kind")
  })
})
