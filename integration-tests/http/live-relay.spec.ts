import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { execFileSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import type { Pool } from "pg"
import { createMediaServer, type MediaServer } from "@ocop-live/live-selling/live/media"
import { closeLiveContexts } from "@ocop-live/live-selling/live/live-context"
import { backendReporter } from "@ocop-live/live-selling/live/media/backend"
import { freePort, ffmpegBinary, publishTestStream, type Encoder } from "../helpers/encoder"
import { receiveRtmp, type RtmpReceiver } from "../helpers/rtmp-receiver"
import { failure, liveShop, medusaJwtSecret, producerLogin, testPool, waitFor, type Headers, type LiveShop } from "./live-fixtures"

jest.setTimeout(240 * 1000)

const quiet = { info() {}, warn() {}, error() {} }

/**
 * Multistream (#14): a producer adds Facebook / YouTube / TikTok / custom RTMP
 * destinations to a stream; while its encoder publishes to the shop, the media
 * server relays the same session to each enabled one (ffmpeg `-c copy`) and
 * the destination's state (connecting, live, failed with the reason) is
 * stored. The platform's stream key is never returned in full.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let other: Headers
    let db: Pool
    let media: MediaServer
    let tmp: string
    const encoders: Encoder[] = []
    const receivers: RtmpReceiver[] = []
    const relays = (id: string) => `/producer/streams/${id}/relays`
    const list = async (id: string) => (await api.get(relays(id), shop.producer)).data.destinations as any[]
    const secretOf = (ingest: { streamKey: string }) => ingest.streamKey.split("?key=")[1]
    const streamStatus = async (id: string) => (await db.query("SELECT status FROM live_stream WHERE id = $1", [id])).rows[0].status
    const row = async (relayId: string) =>
      (await db.query("SELECT state, last_error FROM live_relay_destination WHERE id = $1", [relayId])).rows[0]

    /** The command lines of this process's ffmpeg children sending to `url`. */
    const relayProcesses = (url: string) =>
      execFileSync("ps", ["-o", "args=", "--ppid", String(process.pid)], { encoding: "utf8" })
        .split("\n")
        .filter((l) => l.includes("-f flv " + url))

    beforeAll(async () => {
      const container = getContainer()
      shop = await liveShop(api, container)
      const { data } = await api.get("/admin/ocop/producers", { ...shop.admin, params: { q: "Công Sơn", limit: 5 } })
      const congSon = data.producers.find((p: any) => p.handle === "htx-cong-son")
      await api.post(
        "/admin/live/producer-accounts",
        { producer_id: congSon.id, email: "congson-relay@ocop-langson.local", password: "cong-son-relay-2026" },
        shop.admin
      )
      other = await producerLogin(api, "congson-relay@ocop-langson.local", "cong-son-relay-2026")
      db = testPool(dbConfig.clientUrl)
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-relay-"))
      const [rtmpPort, httpPort] = [await freePort(), await freePort()]
      process.env.OCOP_LIVE_RTMP_URL = `rtmp://127.0.0.1:${rtmpPort}/live`
      process.env.OCOP_LIVE_MEDIA_URL = `http://127.0.0.1:${httpPort}`
      media = await createMediaServer({
        rtmpPort, httpPort, host: "127.0.0.1", hlsDir: path.join(tmp, "hls"), graceMs: 2000, recheckMs: 1000, logger: quiet,
        ffmpeg: ffmpegBinary(),
        reporter: backendReporter(api.defaults.baseURL as string, medusaJwtSecret(container)),
        relay: { maxRestarts: 1, backoffMs: 300, syncMs: 500 },
      })
    })

    afterAll(async () => {
      encoders.forEach((e) => e.stop())
      receivers.forEach((r) => r.stop())
      await media?.stop()
      await closeLiveContexts()
      await db?.end()
      fs.rmSync(tmp, { recursive: true, force: true })
      delete process.env.OCOP_LIVE_RTMP_URL
      delete process.env.OCOP_LIVE_MEDIA_URL
    })

    it("refuses bad destinations with a 400 naming the field, and changes nothing", async () => {
      const id = shop.demoStreamId
      const good = { platform: "youtube", url: "rtmp://a.rtmp.youtube.com/live2", stream_key: "abcd-efgh-ijkl-mnop" }
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ ...good, platform: "twitch" }, /platform/],
        [{ ...good, url: "https://a.rtmp.youtube.com/live2" }, /url must start with rtmp:\/\/ or rtmps:\/\//],
        [{ ...good, url: "rtmp://a.rtmp.youtube.com/live 2" }, /url must not contain spaces/],
        [{ ...good, platform: "facebook" }, /url must be a facebook ingest server/],
        [{ ...good, url: `rtmp://a.rtmp.youtube.com/${"x".repeat(600)}` }, /url must be at most 500/],
        [{ ...good, stream_key: "abcd efgh" }, /stream_key must be printable characters without spaces/],
        [{ ...good, stream_key: "" }, /stream_key is required/],
        [{ platform: "youtube", url: good.url }, /stream_key/],
        [{ ...good, enabled: "yes" }, /enabled/],
        [{ ...good, paid: true }, /paid/],
      ]
      for (const [body, message] of cases) {
        const res = await failure(api.post(relays(id), body, shop.producer))
        expect({ body, status: res.status }).toEqual({ body, status: 400 })
        expect(res.data.message).toMatch(message)
      }
      expect((await failure(api.post(`${relays(id)}/lrly_x`, { enabled: "no" }, shop.producer))).status).toBe(400)
      expect(await list(id)).toEqual([])
      const { rows } = await db.query("SELECT count(*)::int AS n FROM live_relay_destination")
      expect(rows[0].n).toBe(0)
    })

    it("keeps a stream's destinations for its own producer only, showing the key's last 4 characters", async () => {
      const { data: created } = await api.post("/producer/streams", { title: "Phiên đa nền tảng" }, shop.producer)
      const id = created.stream.id as string
      const key = "FB-1234567890-0-AbCdEfGhIjKl?s_bl=1&a=Zz9q"
      const res = await api.post(relays(id), { platform: "facebook", url: "rtmps://live-api-s.facebook.com:443/rtmp/", stream_key: key }, shop.producer)
      expect(res.status).toBe(201)
      const d = res.data.destination
      expect(d).toEqual({
        id: expect.stringMatching(/^lrly_/), platform: "facebook", url: "rtmps://live-api-s.facebook.com:443/rtmp/",
        stream_key_hint: "••••Zz9q", enabled: true, state: "idle", last_error: null, updated_at: expect.any(String),
      })
      const listed = await api.get(relays(id), shop.producer)
      expect(listed.data.destinations).toEqual([d])
      expect(listed.data.suggested_urls.youtube).toBe("rtmp://a.rtmp.youtube.com/live2")
      const off = await api.post(`${relays(id)}/${d.id}`, { enabled: false }, shop.producer)
      expect(off.data.destination).toMatchObject({ id: d.id, enabled: false, stream_key_hint: "••••Zz9q" })
      for (const r of [res, listed, off]) expect(JSON.stringify(r.data)).not.toContain("AbCdEfGhIjKl")
      // at rest: AES-256-GCM (v1:<iv>:<tag>:<ciphertext>), no part of the key in the row
      const stored = (await db.query("SELECT stream_key, stream_key_hint FROM live_relay_destination WHERE id = $1", [d.id])).rows[0]
      expect(stored.stream_key).toMatch(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/)
      expect(stored.stream_key).not.toContain("AbCdEfGhIjKl")
      expect(stored.stream_key).not.toContain("1234567890")
      expect(stored.stream_key_hint).toBe("••••Zz9q")

      // another producer's stream: 403, as every other stream control; nothing changed
      for (const attempt of [
        () => api.get(relays(id), other),
        () => api.post(relays(id), { platform: "custom", url: "rtmp://127.0.0.1:1/app", stream_key: "stolen-key" }, other),
        () => api.post(`${relays(id)}/${d.id}`, { enabled: true }, other),
        () => api.delete(`${relays(id)}/${d.id}`, other),
      ]) {
        expect((await failure(attempt())).status).toBe(403)
      }
      expect((await failure(api.get(relays(id))))?.status).toBe(401)
      expect((await failure(api.get(relays("lstr_nope"), shop.producer))).status).toBe(404)
      expect((await failure(api.post(`${relays(id)}/lrly_nope`, { enabled: true }, shop.producer))).status).toBe(404)
      // the media server's route (which gets the keys) is not public
      expect((await failure(api.post("/live-media/relays", { stream_id: id }))).status).toBe(401)
      expect(await list(id)).toEqual([{ ...d, enabled: false, updated_at: expect.any(String) }])

      expect((await api.delete(`${relays(id)}/${d.id}`, shop.producer)).data).toEqual({ id: d.id, deleted: true })
      expect(await list(id)).toEqual([])
      expect((await failure(api.delete(`${relays(id)}/${d.id}`, shop.producer))).status).toBe(404)
    })

    it("relays one encoder session to a second RTMP server and the shop at once; a closed port ends failed with the reason", async () => {
      const id = shop.demoStreamId
      const [port, closedPort] = [await freePort(), await freePort()]
      const key = `relay-key-${Date.now()}-wxyz`
      const receiver = receiveRtmp(port, "live2", key, path.join(tmp, "received.flv"))
      receivers.push(receiver)
      const add = async (body: Record<string, unknown>) => (await api.post(relays(id), body, shop.producer)).data.destination
      const live = await add({ platform: "custom", url: receiver.url, stream_key: key })
      const closedKey = "closed-port-key-1234"
      const closed = await add({ platform: "custom", url: `rtmp://127.0.0.1:${closedPort}/app`, stream_key: closedKey })
      const disabled = await add({ platform: "custom", url: `rtmp://127.0.0.1:${closedPort}/off`, stream_key: "disabled-key-5678", enabled: false })
      const rawKeys = (await db.query("SELECT stream_key FROM live_relay_destination WHERE stream_id = $1", [id])).rows.map((r) => r.stream_key)
      expect(rawKeys).toHaveLength(3)
      for (const raw of rawKeys) expect(raw).toMatch(/^v1:/)
      expect(rawKeys.join()).not.toContain(key)
      expect(rawKeys.join()).not.toContain(closedKey)

      const ingest = (await api.get(`/producer/streams/${id}/ingest`, shop.producer)).data.ingest
      const encoder = publishTestStream(`${ingest.server}/${id}?key=${secretOf(ingest)}`)
      encoders.push(encoder)
      await waitFor(async () => (await streamStatus(id)) === "live", "the stream to go live")

      // the second server gets the stream (under its own key), and its state is live
      await waitFor(async () => (await row(live.id)).state === "live", "the relay to be live")
      await waitFor(async () => receiver.size() > 20_000, "media at the second RTMP server")
      const before = receiver.size()
      await waitFor(async () => receiver.size() > before + 10_000, "the relayed media to keep coming")
      const head = Buffer.alloc(3)
      const fd = fs.openSync(receiver.file, "r")
      fs.readSync(fd, head, 0, 3, 0)
      fs.closeSync(fd)
      expect(head.toString()).toBe("FLV")
      expect(receiver.log()).not.toMatch(/Unexpected stream/)
      // … while the shop plays it too
      const playlist = await waitFor(async () => {
        const res = await fetch(`${process.env.OCOP_LIVE_MEDIA_URL}/hls/${id}/index.m3u8`)
        const text = res.ok ? await res.text() : ""
        return /\.ts\b/.test(text) ? text : null
      }, "the shop's HLS playlist")
      expect(playlist).toContain("#EXTM3U")

      // the closed port: one restart, then failed with ffmpeg's reason, the key masked
      const failed = await waitFor(async () => {
        const r = await row(closed.id)
        return r.state === "failed" && !/restart/.test(r.last_error ?? "") ? r : null
      }, "the closed destination to fail")
      expect(failed.last_error).toMatch(/Connection refused/)
      expect(failed.last_error).toContain("••••1234")
      expect(failed.last_error).not.toContain(closedKey)
      expect(await row(disabled.id)).toEqual({ state: "idle", last_error: null })
      // the console sees the same
      const shown = await list(id)
      expect(shown.map((d) => [d.id, d.state])).toEqual([[live.id, "live"], [closed.id, "failed"], [disabled.id, "idle"]])
      expect(JSON.stringify(shown)).not.toContain(key)

      // the relay is an ffmpeg child of the media server, sending to the second server under its key
      expect(relayProcesses(receiver.url)).toEqual([expect.stringContaining(`-c copy -f flv ${receiver.url}/${key}`)])

      // turned off while live: its relay stops; on again: it relays again
      await api.post(`${relays(id)}/${live.id}`, { enabled: false }, shop.producer)
      await waitFor(async () => relayProcesses(receiver.url).length === 0, "the disabled relay's ffmpeg to exit")
      await waitFor(async () => (await row(live.id)).state === "idle", "the disabled relay to be idle")
      // (ffmpeg -listen takes one publisher: a new one on the same port)
      receiver.stop()
      await receiver.exited
      const again = receiveRtmp(port, "live2", key, path.join(tmp, "received-again.flv"))
      receivers.push(again)
      await api.post(`${relays(id)}/${live.id}`, { enabled: true }, shop.producer)
      await waitFor(async () => (await row(live.id)).state === "live", "the re-enabled relay to be live")
      await waitFor(async () => again.size() > 20_000, "media at the second RTMP server again")

      // the encoder stops: the relays stop (no ffmpeg left) and say so; the failed one keeps its reason
      encoder.stop()
      await waitFor(async () => (await row(live.id)).state === "idle", "the relay to stop")
      await waitFor(async () => relayProcesses(receiver.url).length === 0, "the relay's ffmpeg to exit")
      expect(await row(closed.id)).toEqual(failed)
    })
  },
})
