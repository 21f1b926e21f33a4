import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "fs"
import jwt from "jsonwebtoken"
import os from "os"
import path from "path"
import type { Pool } from "pg"
import { createMediaServer, type MediaServer } from "@ocop-live/live-selling/live/media"
import { closeLiveContexts, liveContext } from "@ocop-live/live-selling/live/live-context"
import { backendReporter, type IngestReporter } from "@ocop-live/live-selling/live/media/backend"
import { startDue } from "@ocop-live/live-selling/modules/livestream/control"
import { newId } from "@ocop-live/live-selling/modules/livestream/lib/ids"
import { freePort, ffmpegBinary, publishTestStream, type Encoder } from "../helpers/encoder"
import { failure, liveShop, medusaJwtSecret, testPool, waitFor, type LiveShop } from "./live-fixtures"

jest.setTimeout(240 * 1000)

const problems: string[] = []
const quiet = { info() {}, warn: (m: string) => void problems.push(m), error: (m: string) => void problems.push(m) }
const GRACE_MS = 2000
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Every live is recorded (#14): the media server copies the encoder's video
 * into an HLS VOD while it publishes and reports it to the livestream module;
 * after the stream ends its replay lists the recording and a timeline of what
 * was pinned and offered, at offsets from the recording's start; retention
 * deletes the oldest recordings beyond the size limit, files and all.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let db: Pool
    let media: MediaServer
    let reporter: IngestReporter
    let hlsDir: string
    let recordingsDir: string
    const encoders: Encoder[] = []
    const http = () => `http://127.0.0.1:${media.httpPort}`
    const recordings = async (streamId: string) =>
      (await db.query("SELECT id, status, started_at, path FROM live_recording WHERE stream_id = $1 ORDER BY started_at", [streamId])).rows
    const replayOf = async (id: string) => (await api.get(`/store/live/streams/${id}/replay`, shop.store)).data.replay
    const near = (actual: number, expected: number, ms = 2000) => {
      expect(actual).toBeGreaterThanOrEqual(expected - ms)
      expect(actual).toBeLessThanOrEqual(expected + ms)
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await liveShop(api, container)
      db = testPool(dbConfig.clientUrl)
      hlsDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-hls-"))
      recordingsDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-rec-"))
      const [rtmpPort, httpPort] = [await freePort(), await freePort()]
      process.env.OCOP_LIVE_RTMP_URL = `rtmp://127.0.0.1:${rtmpPort}/live`
      process.env.OCOP_LIVE_MEDIA_URL = `http://127.0.0.1:${httpPort}`
      reporter = backendReporter(api.defaults.baseURL as string, medusaJwtSecret(container))
      media = await createMediaServer({
        rtmpPort, httpPort, host: "127.0.0.1", hlsDir, recordingsDir, graceMs: GRACE_MS, recheckMs: 1000, logger: quiet,
        ffmpeg: ffmpegBinary(), reporter,
      })
    })

    afterAll(async () => {
      encoders.forEach((e) => e.stop())
      await media?.stop()
      await closeLiveContexts()
      await db?.end()
      fs.rmSync(hlsDir, { recursive: true, force: true })
      fs.rmSync(recordingsDir, { recursive: true, force: true })
      delete process.env.OCOP_LIVE_RTMP_URL
      delete process.env.OCOP_LIVE_MEDIA_URL
      delete process.env.OCOP_LIVE_RECORDING_MAX_BYTES
    })

    it("records the live; after it ends the replay plays the recording with the pin and the offer at their offsets", async () => {
      const id = shop.demoStreamId
      const { data: ingest } = await api.get(`/producer/streams/${id}/ingest`, shop.producer)
      const encoder = publishTestStream(`rtmp://127.0.0.1:${media.rtmpPort}/live/${ingest.ingest.streamKey}`)
      encoders.push(encoder)
      const [rec] = await waitFor(async () => {
        const rows = await recordings(id)
        return rows.length ? rows : null
      }, "the recording to start")
      expect(rec.status).toBe("recording")
      const recStart = +rec.started_at

      // the producer pins a product and launches an offer of it while live
      const { data: products } = await api.get("/producer/products", shop.producer)
      const product = products.products[0]
      const variant = product.variants.find((v: any) => v.price === 65000)
      await sleep(2000)
      await api.post(`/producer/streams/${id}/pin`, { product_ids: [product.id] }, shop.producer)
      const pinnedAt = Date.now()
      const { data: launched } = await api.post(
        `/producer/streams/${id}/offers`,
        { variant_id: variant.id, price: 49000, quantity: 5, per_customer_limit: 1, starts_in_sec: 10, duration_sec: 600 },
        shop.producer
      )
      const offerId = launched.offer.id as string
      // its countdown runs out (no gateway here to start it: the step it runs)
      await sleep(Math.max(0, Date.parse(launched.offer.starts_at ?? launched.offer.startsAt) - Date.now()) + 100)
      expect((await startDue(liveContext(getContainer()), offerId)).map((o) => o.id)).toEqual([offerId])
      const offerStartedAt = Date.now()
      await sleep(3000)
      await api.post(`/producer/streams/${id}/offers/${offerId}/stop`, {}, shop.producer)
      const offerStoppedAt = Date.now()
      await sleep(2000)

      // the encoder stops; the stream ends after the grace period and its recording is ready
      encoder.stop()
      const encoderStoppedAt = Date.now()
      await waitFor(async () => (await db.query("SELECT status FROM live_stream WHERE id = $1", [id])).rows[0].status === "ended", "the stream to end")
      await waitFor(async () => (await recordings(id))[0].status === "ready", "the recording to be ready")

      const replay = await replayOf(id)
      expect(replay.stream_status).toBe("ended")
      expect(replay.recordings).toHaveLength(1)
      const [recording] = replay.recordings
      expect(recording).toMatchObject({ id: rec.id, status: "ready", offset_ms: 0, url: `${http()}/recordings/${id}/${rec.id}/index.m3u8` })
      expect(recording.bytes).toBeGreaterThan(10_000)
      // the video's own length matches the time it was published
      near(recording.duration_ms, encoderStoppedAt - recStart, 3000)
      expect(replay.duration_ms).toBe(recording.duration_ms)

      // the offer and the pin at their moments of the recording
      expect(replay.timeline.offers).toHaveLength(1)
      const offer = replay.timeline.offers[0]
      expect(offer).toMatchObject({ offer_id: offerId, product_id: product.id, variant_id: variant.id, price: 49000, original_price: 65000, end_reason: "stopped" })
      near(offer.from_ms, offerStartedAt - recStart)
      near(offer.to_ms, offerStoppedAt - recStart)
      expect(replay.timeline.pins).toEqual([{ from_ms: expect.any(Number), to_ms: recording.duration_ms, product_ids: [product.id] }])
      near(replay.timeline.pins[0].from_ms, pinnedAt - recStart)

      // a complete HLS VOD, served by the media server
      const playlist = await (await fetch(recording.url)).text()
      expect(playlist).toContain("#EXT-X-PLAYLIST-TYPE:EVENT")
      expect(playlist).toContain("#EXT-X-ENDLIST")
      const segment = playlist.split("\n").find((l) => l.endsWith(".ts"))!
      const ts = Buffer.from(await (await fetch(`${http()}/recordings/${id}/${rec.id}/${segment}`)).arrayBuffer())
      expect(ts[0]).toBe(0x47)
      expect((await fetch(`${http()}/recordings/${id}/${rec.id}/..%2F..%2Fnms-store`)).status).toBe(404)
      expect(problems).toEqual([])

      // retention (the runner restores the database between tests, so it goes on here):
      // beyond OCOP_LIVE_RECORDING_MAX_BYTES, the oldest recordings go, files and rows
      const [real] = await recordings(id)
      expect(real.status).toBe("ready")
      // two later parts of 60 kB each, reported as the media server does
      const later: string[] = []
      for (const n of [1, 2]) {
        const recId = newId("lrec")
        expect(await reporter.recordingStarted(id, recId, new Date())).toBe(true)
        fs.mkdirSync(path.join(recordingsDir, id, recId), { recursive: true })
        fs.writeFileSync(path.join(recordingsDir, id, recId, "seg-0.ts"), Buffer.alloc(60_000, n))
        await reporter.recordingFinished(recId, 4000, 60_000)
        later.push(recId)
      }
      process.env.OCOP_LIVE_RECORDING_MAX_BYTES = String(150_000)
      const deleted = await media.applyRecordingRetention()
      expect(deleted.map((d) => d.id)).toEqual([real.id])
      expect(fs.existsSync(path.join(recordingsDir, real.path))).toBe(false)
      for (const recId of later) expect(fs.existsSync(path.join(recordingsDir, id, recId))).toBe(true)
      expect((await recordings(id)).map((r) => [r.id, r.status])).toEqual([[real.id, "deleted"], [later[0], "ready"], [later[1], "ready"]])
      expect((await replayOf(id)).recordings.map((r: any) => r.id)).toEqual(later)
      expect((await fetch(`${http()}/recordings/${real.path}/index.m3u8`)).status).toBe(404)
      // within the limit: nothing more
      expect(await media.applyRecordingRetention()).toEqual([])
    })

    it("refuses bad recording reports (400 naming the field) and callers other than the media server", async () => {
      const token = jwt.sign({ scope: "live-media" }, medusaJwtSecret(getContainer()), { algorithm: "HS256", expiresIn: 60 })
      const auth = { headers: { authorization: `Bearer ${token}` } }
      const bad = await failure(api.post("/live-media/recordings/start", { stream_id: shop.demoStreamId, recording_id: "../../etc", started_at: new Date().toISOString() }, auth))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/recording_id/)
      const negative = await failure(api.post("/live-media/recordings/finish", { recording_id: newId("lrec"), duration_ms: -1, bytes: 0 }, auth))
      expect(negative.status).toBe(400)
      expect(negative.data.message).toMatch(/duration_ms/)
      expect((await failure(api.post("/live-media/recordings/retention", {}))).status).toBe(401)
      expect((await failure(api.get("/store/live/streams/lstr_nope/replay", shop.store))).status).toBe(404)
    })
  },
})
