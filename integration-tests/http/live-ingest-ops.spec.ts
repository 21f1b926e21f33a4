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
import { failure, liveShop, medusaJwtSecret, testPool, waitFor, type LiveShop } from "./live-fixtures"

jest.setTimeout(240 * 1000)

const quiet = { info() {}, warn() {}, error() {} }
const ENV = ["OCOP_LIVE_RTMP_URL", "OCOP_LIVE_MEDIA_URL", "OCOP_LIVE_RTMPS_PORT", "OCOP_LIVE_RTMPS_KEY", "OCOP_LIVE_RTMPS_CERT"] as const

/**
 * Ingest operations (#14): the admin sees the encoders publishing now (with
 * the media server's stats: resolution, bitrate, uptime, client) and can stop
 * one, which ends the stream at once; encoders may publish over RTMPS too.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let db: Pool
    let media: MediaServer
    let tmp: string
    const encoders: Encoder[] = []
    const encode = (url: string, size: string) => {
      const e = publishTestStream(url, { size })
      encoders.push(e)
      return e
    }
    const ingestOf = async (id: string) => (await api.get(`/producer/streams/${id}/ingest`, shop.producer)).data.ingest
    const ingests = async () => (await api.get("/admin/live/ingests", shop.admin)).data.ingests as any[]
    const ingestFor = async (id: string) => (await ingests()).find((i) => i.stream_id === id)
    const streamStatus = async (id: string) =>
      (await db.query("SELECT status FROM live_stream WHERE id = $1", [id])).rows[0]?.status
    const statusEvents = async (id: string) =>
      (await db.query("SELECT payload FROM live_event WHERE stream_id = $1 AND type = 'stream:status' ORDER BY seq", [id])).rows.map(
        (r) => (typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload).status
      )
    const exitsWithin = (e: Encoder, ms: number) =>
      Promise.race([e.exited.then(() => "exited"), new Promise((r) => setTimeout(() => r("still running"), ms))])

    beforeAll(async () => {
      const container = getContainer()
      shop = await liveShop(api, container)
      db = testPool(dbConfig.clientUrl)
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-ingest-ops-"))
      // a self-signed certificate for the RTMPS listener
      const [key, cert] = [path.join(tmp, "key.pem"), path.join(tmp, "cert.pem")]
      execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
        "-days", "1", "-subj", "/CN=127.0.0.1"], { stdio: "ignore" })
      const [rtmpPort, rtmpsPort, httpPort] = [await freePort(), await freePort(), await freePort()]
      process.env.OCOP_LIVE_RTMP_URL = `rtmp://127.0.0.1:${rtmpPort}/live`
      process.env.OCOP_LIVE_MEDIA_URL = `http://127.0.0.1:${httpPort}`
      // (the media server and Medusa share this environment under `npm start`)
      Object.assign(process.env, { OCOP_LIVE_RTMPS_PORT: String(rtmpsPort), OCOP_LIVE_RTMPS_KEY: key, OCOP_LIVE_RTMPS_CERT: cert })
      media = await createMediaServer({
        rtmpPort, httpPort, host: "127.0.0.1", hlsDir: path.join(tmp, "hls"), graceMs: 60_000, recheckMs: 60_000,
        logger: quiet, ffmpeg: ffmpegBinary(), rtmps: { port: rtmpsPort, key, cert },
        opsSecret: medusaJwtSecret(container),
        reporter: backendReporter(api.defaults.baseURL as string, medusaJwtSecret(container)),
      })
    })

    afterAll(async () => {
      encoders.forEach((e) => e.stop())
      await media?.stop()
      await closeLiveContexts()
      await db?.end()
      fs.rmSync(tmp, { recursive: true, force: true })
      ENV.forEach((k) => delete process.env[k])
    })

    // (the runner restores the database after each test: each one publishes and stops its own encoder)
    it("lists the publishing encoders with their stats, for admins only; a stop drops the encoder and ends the stream at once", async () => {
      const id = shop.demoStreamId
      expect(await ingests()).toEqual([])
      const ingest = await ingestOf(id)
      const encoder = encode(ingest.url, "640x360")
      const first = await waitFor(async () => {
        const i = await ingestFor(id)
        return i?.bitrate_kbps > 0 && i
      }, "the ingest with a bitrate")
      expect(first).toMatchObject({
        stream_id: id,
        stream: { id, status: "live" },
        producer: { id: expect.any(String) },
        protocol: "rtmp",
        client_ip: expect.stringMatching(/127\.0\.0\.1$/),
        resolution: "640x360",
        video: { codec: "h264", width: 640, height: 360, fps: 15 },
        audio: { codec: "aac", sample_rate: 44100, channels: 2 },
      })
      expect(first.stream.title).toEqual(expect.any(String))
      expect(first.bytes_in).toBeGreaterThan(0)
      const { rows } = await db.query("SELECT producer_id FROM live_stream WHERE id = $1", [id])
      expect(first.producer.id).toBe(rows[0].producer_id)
      // uptime and bytes grow
      const later = await waitFor(async () => {
        const i = await ingestFor(id)
        return i && i.uptime_s > first.uptime_s && i
      }, "the uptime to grow")
      expect(later.bytes_in).toBeGreaterThan(first.bytes_in)
      expect(later.started_at).toBe(first.started_at)

      expect((await failure(api.get("/admin/live/ingests"))).status).toBe(401)
      expect((await failure(api.get("/admin/live/ingests", shop.producer))).status).toBe(401)
      expect((await failure(api.post(`/admin/live/ingests/${id}/stop`, {}, shop.producer))).status).toBe(401)
      expect(await streamStatus(id)).toBe("live")
      // the media server's internal paths want the backend's token
      expect((await fetch(`${process.env.OCOP_LIVE_MEDIA_URL}/internal/ingests`)).status).toBe(401)
      const drop = await fetch(`${process.env.OCOP_LIVE_MEDIA_URL}/internal/ingests/${id}/drop`, { method: "POST" })
      expect(drop.status).toBe(401)
      expect(media.ingests().map((i) => i.stream_id)).toEqual([id])

      // stop: the stream ends at once (no grace period), announced to the rooms, and the encoder is dropped
      const { data } = await api.post(`/admin/live/ingests/${id}/stop`, {}, shop.admin)
      expect(data).toEqual({ stream_id: id, ended: true, dropped: true, drop_error: null })
      expect(await exitsWithin(encoder, 30_000)).toBe("exited")
      expect(await streamStatus(id)).toBe("ended")
      expect(await statusEvents(id)).toEqual(["live", "ended"])
      expect((await db.query("SELECT status FROM live_ingest WHERE stream_id = $1", [id])).rows[0].status).toBe("idle")
      expect(await ingests()).toEqual([])
      // the same key is refused now: the stream has ended
      const again = encode((await ingestOf(id)).url, "640x360")
      expect(await exitsWithin(again, 30_000)).toBe("exited")
      expect(await streamStatus(id)).toBe("ended")
      expect(await statusEvents(id)).toEqual(["live", "ended"])
      // stopping it again: nothing publishes, the stream is over
      const twice = await failure(api.post(`/admin/live/ingests/${id}/stop`, {}, shop.admin))
      expect(twice.status).toBe(404)
      expect(twice.data.message).toMatch(/^stream_id: no encoder publishes/)
    })

    it("takes RTMPS where configured: the ingest offers its URL and the encoder publishes over TLS", async () => {
      const { data } = await api.post("/producer/streams", { title: "Phiên RTMPS" }, shop.producer)
      const id = data.stream.id as string
      const ingest = await ingestOf(id)
      expect(ingest.rtmpsServer).toBe(`rtmps://127.0.0.1:${process.env.OCOP_LIVE_RTMPS_PORT}/live`)
      expect(ingest.rtmpsUrl).toBe(`${ingest.rtmpsServer}/${ingest.streamKey}`)
      const encoder = encode(ingest.rtmpsUrl, "426x240")
      const listed = await waitFor(async () => {
        const i = await ingestFor(id)
        return i?.bitrate_kbps > 0 && i
      }, "the RTMPS ingest")
      expect(listed).toMatchObject({ protocol: "rtmps", resolution: "426x240", stream: { status: "live" } })
      expect(await streamStatus(id)).toBe("live")
      encoder.stop()
      await waitFor(async () => (await ingests()).length === 0, "the encoder to leave the list")
    })

    it("answers 404 for an unknown stream or one no encoder publishes, changing nothing", async () => {
      const unknown = await failure(api.post("/admin/live/ingests/lstr_unknown/stop", {}, shop.admin))
      expect(unknown.status).toBe(404)
      const idle = await failure(api.post(`/admin/live/ingests/${shop.demoStreamId}/stop`, {}, shop.admin))
      expect(idle.status).toBe(404)
      expect(idle.data.message).toMatch(/^stream_id: no encoder publishes/)
      expect(await streamStatus(shop.demoStreamId)).toBe("scheduled")
      expect(await statusEvents(shop.demoStreamId)).toEqual([])
    })
  },
})
