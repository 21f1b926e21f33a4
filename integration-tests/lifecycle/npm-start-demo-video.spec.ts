/**
 * A fresh `npm start` gives the seeded demo stream real video (issue #17): a
 * test clip made by ffmpeg from npm, looped into a live HLS playlist that
 * Medusa serves at /demo-video/live.m3u8. In Chromium the demo stream's live
 * page plays it (the video's currentTime advances). Stopping `npm start`
 * leaves no ffmpeg (nor anything else) running.
 */
import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { launchBrowser } from "../browser/harness/browser"
import { waitFor } from "../helpers/harness"
import { exited, freePort, processesMentioning, spawnUntil, waitUntil } from "./process-helpers"

jest.setTimeout(1200 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
const READY = /is running \(ready in ([\d.]+) s\)[\s\S]*Storefront:\s+(http:\/\/localhost:\d+)[\s\S]*Demo stream video:\s+(\S+)/

function pgUrl(database: string): string {
  const user = process.env.DB_USERNAME || "postgres"
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}/${database}`
}

async function sql<T = any>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text)).rows
  } finally {
    await client.end()
  }
}

describe("npm start: the demo stream plays", () => {
  const database = `ocop_start_video_${process.pid}_${Date.now().toString(36)}`
  let dataDir: string
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    await sql(pgUrl("postgres"), `CREATE DATABASE "${database}"`)
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-start-video-"))
    const [port, sfPort, livePort] = [await freePort(), await freePort(), await freePort()]
    env = {
      OCOP_DATA_DIR: dataDir,
      DATABASE_URL: pgUrl(database),
      PORT: String(port),
      STOREFRONT_PORT: String(sfPort),
      LIVE_PORT: String(livePort),
      LIVE_URL: `ws://localhost:${livePort}`,
      STOREFRONT: "",
      LIVE_GATEWAY: "",
      OCOP_LIVE_INGEST: "off",
      OCOP_SALES_CHANNELS: "",
      OCOP_DEMO_VIDEO: "",
      OCOP_DEMO_VIDEO_DIR: "",
      MEDUSA_BACKEND_URL: "",
      STORE_CORS: "",
      REDIS_URL: "",
      NODE_ENV: "",
      LOG_LEVEL: "error",
      NODE_OPTIONS: "",
    }
  })

  afterAll(async () => {
    for (const pid of processesMentioning(dataDir)) {
      try { process.kill(pid, "SIGKILL") } catch {}
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
    await sql(pgUrl("postgres"), `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined)
  })

  it("loops a clip into live HLS, points the demo stream at it, plays it in Chromium, and stops ffmpeg on exit", async () => {
    const { child, match } = await spawnUntil([path.join(ROOT, "scripts", "start.js")], READY, { env, cwd: ROOT, timeoutMs: 1000 * 1000 })
    const [storefront, videoUrl] = [match[2], match[3]]
    expect(videoUrl).toEqual(`http://localhost:${env.PORT}/demo-video/live.m3u8`)

    // the seed pointed the demo stream at it
    const [stream] = await sql(env.DATABASE_URL!, `SELECT id, video_kind, video_url FROM live_stream WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1`)
    expect([stream.video_kind, stream.video_url]).toEqual(["hls", videoUrl])
    // ffmpeg is running, writing into the data folder
    expect(processesMentioning(path.join(dataDir, "demo-video")).length).toBeGreaterThan(0)

    // a live playlist (no end), uncached, whose segments are MPEG-TS
    let playlist = ""
    for (let i = 0; i < 60 && !/\.ts\b/.test(playlist); i++) {
      const res = await fetch(videoUrl)
      if (res.ok) {
        expect(res.headers.get("content-type")).toEqual("application/vnd.apple.mpegurl")
        expect(res.headers.get("cache-control")).toMatch(/no-cache/)
        expect(res.headers.get("access-control-allow-origin")).toEqual("*")
        playlist = await res.text()
      } else await new Promise((r) => setTimeout(r, 500))
    }
    expect(playlist).toMatch(/^#EXTM3U/)
    expect(playlist).not.toContain("#EXT-X-ENDLIST")
    const segment = playlist.split("\n").find((l) => l.endsWith(".ts"))!
    const seg = await fetch(new URL(segment, videoUrl))
    expect(seg.headers.get("content-type")).toEqual("video/mp2t")
    expect((await seg.arrayBuffer()).byteLength).toBeGreaterThan(0)
    // nothing else of the data folder
    expect((await fetch(videoUrl.replace("live.m3u8", "..%2F..%2Fsecrets.json"))).status).toEqual(404)

    // Chromium plays it on the demo stream's live page
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await page.goto(`${storefront}/vi/live/${stream.id}`)
      const video = page.locator("ocop-live video")
      await video.waitFor({ state: "attached" })
      const playedTo = (done: (t: number) => boolean) =>
        waitFor(
          async () => {
            const t = await video.evaluate((v: HTMLVideoElement) => v.currentTime)
            return done(t) && { t }
          },
          { what: "the video to play on", timeoutMs: 60_000, intervalMs: 250 }
        ).then(({ t }) => t)
      const firstTime = await playedTo((t) => t > 0)
      const later = await playedTo((t) => t > firstTime)
      expect(later).toBeGreaterThan(firstTime)
    } finally {
      await browser.close()
    }

    child.kill("SIGTERM")
    expect(await exited(child)).toEqual(0)
    expect(await waitUntil(() => processesMentioning(dataDir).length === 0)).toBe(true)
  })
})
