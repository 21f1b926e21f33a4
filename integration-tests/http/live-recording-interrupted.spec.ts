import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { spawn, type ChildProcess } from "child_process"
import fs from "fs"
import jwt from "jsonwebtoken"
import os from "os"
import path from "path"
import type { Pool } from "pg"
import { closeLiveContexts } from "@ocop-live/live-selling/live/live-context"
import { backendReporter } from "@ocop-live/live-selling/live/media/backend"
import { applyRetention } from "@ocop-live/live-selling/live/media/recording"
import { newId } from "@ocop-live/live-selling/modules/livestream/lib/ids"
import { freePort, publishTestStream, type Encoder } from "../helpers/encoder"
import { failure, liveShop, medusaJwtSecret, testPool, waitFor, type LiveShop } from "./live-fixtures"

jest.setTimeout(240 * 1000)

/** The media server's command (`medusa-live-media`), as deployed. */
const mediaServerCli = path.join(path.dirname(require.resolve("@ocop-live/live-selling/package.json")), ".medusa/server/src/live/media-server.js")

/**
 * A media server that dies mid-recording (#14) leaves the part `recording`
 * in the backend. When it starts again it reports which parts it records;
 * the backend answers the lost one, the media server closes its playlist
 * (`#EXT-X-ENDLIST`, missing after a crash) and reports what the folder
 * holds: the part becomes `ready` and the replay lists it.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let db: Pool
    let tmp: string
    let rtmpPort: number
    let httpPort: number
    const children: ChildProcess[] = []
    const encoders: Encoder[] = []

    /** The media server in its own process group (so a crash takes its ffmpeg children too). */
    const startMediaServer = async () => {
      const child = spawn(process.execPath, [mediaServerCli], {
        detached: true,
        stdio: ["ignore", "ignore", "ignore"],
        env: {
          ...process.env,
          NODE_ENV: "test",
          JWT_SECRET: medusaJwtSecret(getContainer()),
          MEDUSA_BACKEND_URL: api.defaults.baseURL as string,
          OCOP_LIVE_RTMP_PORT: String(rtmpPort),
          OCOP_LIVE_MEDIA_PORT: String(httpPort),
          OCOP_LIVE_MEDIA_HOST: "127.0.0.1",
          OCOP_LIVE_HLS_DIR: path.join(tmp, "hls"),
          OCOP_LIVE_RECORDINGS_DIR: path.join(tmp, "recordings"),
          OCOP_LIVE_INGEST_GRACE_SECONDS: "2",
          OCOP_LIVE_INGEST_RECHECK_SECONDS: "1",
        },
      })
      children.push(child)
      await waitFor(async () => (await fetch(`http://127.0.0.1:${httpPort}/hls/none`).catch(() => null)) !== null, "the media server to listen")
      return child
    }
    const crash = (child: ChildProcess) =>
      new Promise<void>((resolve) => {
        child.on("exit", () => resolve())
        process.kill(-child.pid!, "SIGKILL")
      })
    const recordings = async (streamId: string) =>
      (await db.query("SELECT id, status, path, duration_ms, bytes::float8 AS bytes FROM live_recording WHERE stream_id = $1 ORDER BY started_at", [streamId])).rows

    beforeAll(async () => {
      shop = await liveShop(api, getContainer())
      db = testPool(dbConfig.clientUrl)
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-rec-crash-"))
      ;[rtmpPort, httpPort] = [await freePort(), await freePort()]
      process.env.OCOP_LIVE_RTMP_URL = `rtmp://127.0.0.1:${rtmpPort}/live`
      process.env.OCOP_LIVE_MEDIA_URL = `http://127.0.0.1:${httpPort}`
    })

    afterAll(async () => {
      encoders.forEach((e) => e.stop())
      for (const c of children) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, "SIGKILL")
      await closeLiveContexts()
      await db?.end()
      fs.rmSync(tmp, { recursive: true, force: true })
      delete process.env.OCOP_LIVE_RTMP_URL
      delete process.env.OCOP_LIVE_MEDIA_URL
    })

    it("finishes a part whose media server was killed mid-recording when it starts again; the replay lists it", async () => {
      const id = shop.demoStreamId
      const first = await startMediaServer()
      const { data: ingest } = await api.get(`/producer/streams/${id}/ingest`, shop.producer)
      const encoder = publishTestStream(`rtmp://127.0.0.1:${rtmpPort}/live/${ingest.ingest.streamKey}`)
      encoders.push(encoder)
      const [rec] = await waitFor(async () => {
        const rows = await recordings(id)
        return rows.length ? rows : null
      }, "the recording to start")
      const playlistFile = path.join(tmp, "recordings", rec.path, "index.m3u8")
      const segments = () => (fs.existsSync(playlistFile) ? fs.readFileSync(playlistFile, "utf8").match(/^#EXTINF:/gm)?.length ?? 0 : 0)
      await waitFor(async () => segments() >= 2, "two recorded segments")

      // the media server dies (with its ffmpeg children): nothing is reported
      await crash(first)
      encoder.stop()
      await encoder.exited
      expect(fs.readFileSync(playlistFile, "utf8")).not.toContain("#EXT-X-ENDLIST")
      expect((await recordings(id)).map((r) => r.status)).toEqual(["recording"])
      expect((await api.get(`/store/live/streams/${id}/replay`, shop.store)).data.replay.recordings).toEqual([])

      // it starts again: the lost part is closed, measured and ready
      await startMediaServer()
      const [done] = await waitFor(async () => {
        const rows = await recordings(id)
        return rows[0].status !== "recording" ? rows : null
      }, "the interrupted recording to be finished")
      expect(done).toMatchObject({ id: rec.id, status: "ready" })
      expect(done.duration_ms).toBeGreaterThanOrEqual(4000)
      expect(done.bytes).toBeGreaterThan(10_000)
      const closed = fs.readFileSync(playlistFile, "utf8")
      expect(closed.trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)

      const replay = (await api.get(`/store/live/streams/${id}/replay`, shop.store)).data.replay
      expect(replay.recordings).toEqual([
        expect.objectContaining({ id: rec.id, status: "ready", duration_ms: done.duration_ms, url: `http://127.0.0.1:${httpPort}/recordings/${rec.path}/index.m3u8` }),
      ])
      const served = await (await fetch(replay.recordings[0].url)).text()
      expect(served).toContain("#EXT-X-ENDLIST")
    })

    it("marks failed a lost part with no media, and refuses a bad retention report naming the field", async () => {
      const token = jwt.sign({ scope: "live-media" }, medusaJwtSecret(getContainer()), { algorithm: "HS256", expiresIn: 60 })
      const auth = { headers: { authorization: `Bearer ${token}` } }
      const recId = newId("lrec")
      const startedAt = new Date(Date.now() - 5 * 60_000).toISOString()
      await api.post("/live-media/recordings/start", { stream_id: shop.demoStreamId, recording_id: recId, started_at: startedAt }, auth)
      const bad = await failure(api.post("/live-media/recordings/retention", { recording: ["../x"] }, auth))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/recording_id|recording/)
      expect((await recordings(shop.demoStreamId)).map((r) => r.status)).toEqual(["recording"])
      // the media server runs, recording nothing: the part is answered as lost; it had no media
      const { data } = await api.post("/live-media/recordings/retention", { recording: [], since: new Date().toISOString() }, auth)
      expect(data.interrupted).toEqual([{ id: recId, stream_id: shop.demoStreamId, path: `${shop.demoStreamId}/${recId}` }])
      await api.post("/live-media/recordings/finish", { recording_id: recId, duration_ms: 0, bytes: 0, interrupted: true }, auth)
      expect((await recordings(shop.demoStreamId)).map((r) => r.status)).toEqual(["failed"])
      // one it records is never answered
      const mine = newId("lrec")
      await api.post("/live-media/recordings/start", { stream_id: shop.demoStreamId, recording_id: mine, started_at: startedAt }, auth)
      const again = await api.post("/live-media/recordings/retention", { recording: [mine], since: new Date().toISOString() }, auth)
      expect(again.data.interrupted).toEqual([])
    })

    it("lists recent recordings for the admin, who deletes a finished one: gone from the replay, its folder removed at the next retention call", async () => {
      const id = shop.demoStreamId
      const reporter = backendReporter(api.defaults.baseURL as string, medusaJwtSecret(getContainer()))
      const root = path.join(tmp, "admin-recordings")
      const part = async (ageMs: number, finished: boolean) => {
        const recId = newId("lrec")
        expect(await reporter.recordingStarted(id, recId, new Date(Date.now() - ageMs))).toBe(true)
        fs.mkdirSync(path.join(root, id, recId), { recursive: true })
        fs.writeFileSync(path.join(root, id, recId, "seg-0.ts"), Buffer.alloc(50_000, 1))
        if (finished) await reporter.recordingFinished(recId, 4000, 50_000)
        return recId
      }
      const older = await part(120_000, true)
      const newer = await part(60_000, true)
      const live = await part(1_000, false)

      const listed = (await api.get("/admin/live/recordings", shop.admin)).data.recordings
      expect(listed.map((r: any) => [r.id, r.status])).toEqual([[live, "recording"], [newer, "ready"], [older, "ready"]])
      expect(listed[1]).toMatchObject({ stream_id: id, stream_title: expect.any(String), duration_ms: 4000, bytes: 50_000, started_at: expect.any(String) })
      expect((await api.get("/admin/live/recordings", { ...shop.admin, params: { limit: 1 } })).data.recordings.map((r: any) => r.id)).toEqual([live])

      // bad input: 400 naming the field; still recording: 400; unknown: 404; not an admin: 401 — nothing changed
      const bad = await failure(api.get("/admin/live/recordings", { ...shop.admin, params: { limit: 0 } }))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/limit/)
      const badId = await failure(api.delete("/admin/live/recordings/lrec_bad", shop.admin))
      expect(badId.status).toBe(400)
      expect(badId.data.message).toMatch(/^id: expected lrec_/)
      const busy = await failure(api.delete(`/admin/live/recordings/${live}`, shop.admin))
      expect(busy.status).toBe(400)
      expect(busy.data.message).toMatch(/still recording/)
      expect((await failure(api.delete(`/admin/live/recordings/${newId("lrec")}`, shop.admin))).status).toBe(404)
      expect((await failure(api.delete(`/admin/live/recordings/${older}`))).status).toBe(401)
      expect((await failure(api.delete(`/admin/live/recordings/${older}`, shop.producer))).status).toBe(401)
      expect((await recordings(id)).map((r) => r.status)).toEqual(["ready", "ready", "recording"])

      // deleted: out of the list and the replay now …
      expect((await api.delete(`/admin/live/recordings/${older}`, shop.admin)).data).toEqual({ id: older, deleted: true })
      expect((await failure(api.delete(`/admin/live/recordings/${older}`, shop.admin))).status).toBe(404)
      expect((await api.get("/admin/live/recordings", shop.admin)).data.recordings.map((r: any) => r.id)).toEqual([live, newer])
      expect((await api.get(`/store/live/streams/${id}/replay`, shop.store)).data.replay.recordings.map((r: any) => r.id)).toEqual([newer])
      expect(fs.existsSync(path.join(root, id, older))).toBe(true)
      // … its folder at the media server's next retention call (once), the others kept
      const quiet = { info() {}, warn() {}, error() {} }
      const deleted = await applyRetention(root, reporter, quiet, { recording: [live], since: new Date(Date.now() - 3_600_000) })
      expect(deleted.map((d) => d.id)).toEqual([older])
      expect(fs.existsSync(path.join(root, id, older))).toBe(false)
      expect(fs.existsSync(path.join(root, id, newer))).toBe(true)
      expect(fs.existsSync(path.join(root, id, live))).toBe(true)
      expect(await applyRetention(root, reporter, quiet, { recording: [live], since: new Date(Date.now() - 3_600_000) })).toEqual([])
    })
  },
})
