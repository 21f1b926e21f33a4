import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "fs"
import os from "os"
import path from "path"
import type { Pool } from "pg"
import { createMediaServer, type MediaServer } from "@ocop-live/live-selling/live/media"
import { closeLiveContexts } from "@ocop-live/live-selling/live/live-context"
import { backendReporter } from "@ocop-live/live-selling/live/media/backend"
import { freePort, ffmpegBinary, publishTestStream, type Encoder } from "../helpers/encoder"
import { failure, liveShop, medusaJwtSecret, testPool, waitFor, type LiveShop } from "./live-fixtures"

jest.setTimeout(240 * 1000)

const quiet = { info() {}, warn() {}, error() {} }
const GRACE_MS = 2000

/**
 * Producers go live from their encoder (#14): the media server (node-media-server,
 * as `npm start` runs it) takes RTMP with the stream's secret key, the backend
 * turns the stream live and it plays as HLS and HTTP-FLV; a wrong, rotated or
 * other stream's key is dropped; when the encoder stops, the stream ends after
 * the grace period.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let db: Pool
    let media: MediaServer
    let hlsDir: string
    const encoders: Encoder[] = []
    const http = () => `http://127.0.0.1:${media.httpPort}`
    const rtmp = (streamId: string, key: string) => `rtmp://127.0.0.1:${media.rtmpPort}/live/${streamId}?key=${key}`
    const encode = (url: string) => {
      const e = publishTestStream(url)
      encoders.push(e)
      return e
    }
    const ingestOf = async (id: string) => (await api.get(`/producer/streams/${id}/ingest`, shop.producer)).data.ingest
    const secretOf = (ingest: { streamKey: string }) => ingest.streamKey.split("?key=")[1]
    const streamRow = async (id: string) =>
      (await db.query("SELECT status, video_kind, video_url FROM live_stream WHERE id = $1", [id])).rows[0]
    const ingestStatus = async (id: string) =>
      (await db.query("SELECT status FROM live_ingest WHERE stream_id = $1", [id])).rows[0]?.status
    const statusEvents = async (id: string) =>
      (await db.query("SELECT payload FROM live_event WHERE stream_id = $1 AND type = 'stream:status' ORDER BY seq", [id])).rows.map(
        (r) => (typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload).status
      )
    /** The encoder is dropped: it exits on its own and the stream stays as it was. */
    const expectRefused = async (url: string, streamId: string) => {
      const e = encode(url)
      const code = await Promise.race([e.exited, new Promise((r) => setTimeout(() => r("still running"), 30_000))])
      expect(code).not.toBe("still running")
      expect(code).not.toBe(0)
      expect((await streamRow(streamId)).status).toBe("scheduled")
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await liveShop(api, container)
      db = testPool(dbConfig.clientUrl)
      hlsDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-hls-"))
      const [rtmpPort, httpPort] = [await freePort(), await freePort()]
      process.env.OCOP_LIVE_RTMP_URL = `rtmp://127.0.0.1:${rtmpPort}/live`
      process.env.OCOP_LIVE_MEDIA_URL = `http://127.0.0.1:${httpPort}`
      media = await createMediaServer({
        rtmpPort, httpPort, host: "127.0.0.1", hlsDir, graceMs: GRACE_MS, recheckMs: 1000, logger: quiet,
        ffmpeg: ffmpegBinary(),
        reporter: backendReporter(api.defaults.baseURL as string, medusaJwtSecret(container)),
      })
    })

    afterAll(async () => {
      encoders.forEach((e) => e.stop())
      await media?.stop()
      await closeLiveContexts()
      await db?.end()
      fs.rmSync(hlsDir, { recursive: true, force: true })
      delete process.env.OCOP_LIVE_RTMP_URL
      delete process.env.OCOP_LIVE_MEDIA_URL
    })

    it("gives the stream's producer an RTMP server and secret key, which only the producer sees", async () => {
      const ingest = await ingestOf(shop.demoStreamId)
      expect(ingest.server).toBe(process.env.OCOP_LIVE_RTMP_URL)
      expect(ingest.streamKey).toMatch(new RegExp(`^${shop.demoStreamId}\\?key=[\\w-]{32}$`))
      expect(ingest.url).toBe(`${ingest.server}/${ingest.streamKey}`)
      expect(ingest.playback.url).toBe(`${http()}/hls/${shop.demoStreamId}/index.m3u8`)
      expect(ingest.playback.flvUrl).toBe(`${http()}/live/${shop.demoStreamId}.flv`)
      // the same key until rotated; the database keeps only its hash
      expect((await ingestOf(shop.demoStreamId)).streamKey).toBe(ingest.streamKey)
      const { rows } = await db.query("SELECT key_hash FROM live_ingest WHERE stream_id = $1", [shop.demoStreamId])
      expect(rows[0].key_hash).not.toContain(secretOf(ingest))
      // a key derived under another server secret (JWT_SECRET changed) is replaced, not shown
      await db.query("UPDATE live_ingest SET key_hash = $2 WHERE stream_id = $1", [shop.demoStreamId, "0".repeat(64)])
      const renewed = await ingestOf(shop.demoStreamId)
      expect(renewed.streamKey).not.toBe(ingest.streamKey)
      expect((await db.query("SELECT key_hash FROM live_ingest WHERE stream_id = $1", [shop.demoStreamId])).rows[0].key_hash).not.toBe("0".repeat(64))
      expect((await failure(api.get(`/producer/streams/${shop.demoStreamId}/ingest`))).status).toBe(401)
      // the media server's report routes are not public
      expect((await failure(api.post("/live-media/publish", { stream_id: shop.demoStreamId, key: secretOf(ingest) }))).status).toBe(401)
    })

    it("drops an encoder with a wrong key, another stream's key or a rotated key", async () => {
      const { data } = await api.post("/producer/streams", { title: "Phiên thử khoá" }, shop.producer)
      const other = data.stream.id as string
      const otherKey = secretOf(await ingestOf(other))
      await expectRefused(rtmp(shop.demoStreamId, "wrong-key-0000000000000000000000"), shop.demoStreamId)
      await expectRefused(rtmp(shop.demoStreamId, otherKey), shop.demoStreamId)
      const { data: rotated } = await api.post(`/producer/streams/${other}/ingest/rotate-key`, {}, shop.producer)
      expect(secretOf(rotated.ingest)).not.toBe(otherKey)
      await expectRefused(rtmp(other, otherKey), other)
      expect(await statusEvents(shop.demoStreamId)).toEqual([])
      expect(await statusEvents(other)).toEqual([])
    })

    it("turns the stream live on publish, serves HLS and HTTP-FLV, and ends it after the encoder stops", async () => {
      const id = shop.demoStreamId
      const encoder = encode(rtmp(id, secretOf(await ingestOf(id))))
      await waitFor(async () => (await streamRow(id)).status === "live", "the stream to go live")
      expect(await ingestStatus(id)).toBe("publishing")
      const row = await streamRow(id)
      expect(row).toMatchObject({ video_kind: "shop", video_url: `${http()}/hls/${id}/index.m3u8` })
      // viewers already on the page get the new video
      const { rows: videoEvents } = await db.query("SELECT payload FROM live_event WHERE stream_id = $1 AND type = 'stream:video'", [id])
      expect(videoEvents.map((r) => (typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload).video)).toEqual([
        { kind: "shop", url: `${http()}/hls/${id}/index.m3u8`, flvUrl: `${http()}/live/${id}.flv` },
      ])
      const { data } = await api.get(`/store/live/streams/${id}`, shop.store)
      expect(data.stream.video).toEqual({ kind: "shop", url: `${http()}/hls/${id}/index.m3u8`, flvUrl: `${http()}/live/${id}.flv` })

      // HLS: a playlist of MPEG-TS segments, remuxed by ffmpeg
      const playlist = await waitFor(async () => {
        const res = await fetch(`${http()}/hls/${id}/index.m3u8`)
        const text = res.ok ? await res.text() : ""
        return /\.ts\b/.test(text) ? { res, text } : null
      }, "the HLS playlist")
      expect(playlist.res.headers.get("access-control-allow-origin")).toBe("*")
      expect(playlist.text).toContain("#EXTM3U")
      const segment = playlist.text.split("\n").find((l) => l.endsWith(".ts"))!
      const ts = Buffer.from(await (await fetch(`${http()}/hls/${id}/${segment}`)).arrayBuffer())
      expect(ts.length).toBeGreaterThan(1000)
      expect(ts[0]).toBe(0x47) // MPEG-TS sync byte

      // HTTP-FLV: the live FLV stream
      const ctrl = new AbortController()
      const flv = await fetch(`${http()}/live/${id}.flv`, { signal: ctrl.signal })
      const reader = flv.body!.getReader()
      let head = Buffer.alloc(0)
      while (head.length < 64) {
        const { value, done } = await reader.read()
        if (done) break
        head = Buffer.concat([head, Buffer.from(value)])
      }
      ctrl.abort()
      expect(head.subarray(0, 3).toString()).toBe("FLV")
      expect(head.length).toBeGreaterThanOrEqual(64)

      // the encoder stops: reconnecting during the grace period, then the stream ends
      encoder.stop()
      await waitFor(async () => (await ingestStatus(id)) === "reconnecting", "the grace period")
      expect((await streamRow(id)).status).toBe("live")
      await waitFor(async () => (await streamRow(id)).status === "ended", "the stream to end")
      expect(await ingestStatus(id)).toBe("idle")
      // the gateway announces both (the event log its rooms read)
      await waitFor(async () => (await statusEvents(id)).length === 2, "the ended announcement")
      expect(await statusEvents(id)).toEqual(["live", "ended"])
      // an ended stream takes no new publish
      await expectRefusedEnded(id)
    })

    it("drops a publishing encoder once its key is rotated; the new key takes the stream back within the grace period", async () => {
      const id = shop.demoStreamId
      const old = encode(rtmp(id, secretOf(await ingestOf(id))))
      await waitFor(async () => (await ingestStatus(id)) === "publishing", "the publish")
      const { data } = await api.post(`/producer/streams/${id}/ingest/rotate-key`, {}, shop.producer)
      const code = await Promise.race([old.exited, new Promise((r) => setTimeout(() => r("still running"), 30_000))])
      expect(code).not.toBe("still running")
      await waitFor(async () => (await ingestStatus(id)) === "reconnecting", "the grace period")
      encode(rtmp(id, secretOf(data.ingest)))
      await waitFor(async () => (await ingestStatus(id)) === "publishing", "the publish with the new key")
      await new Promise((r) => setTimeout(r, GRACE_MS + 1000))
      expect((await streamRow(id)).status).toBe("live")
      expect(await statusEvents(id)).toEqual(["live"])
    })

    async function expectRefusedEnded(id: string) {
      const e = encode(rtmp(id, secretOf(await ingestOf(id))))
      const code = await Promise.race([e.exited, new Promise((r) => setTimeout(() => r("still running"), 30_000))])
      expect(code).not.toBe("still running")
      expect((await streamRow(id)).status).toBe("ended")
    }
  },
})
