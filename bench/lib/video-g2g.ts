import { spawn, execFileSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { Worker } from "worker_threads"
import { createMediaServer } from "../../plugins/live-selling/src/live/media"
import { ffmpegBinary, freePort } from "../../integration-tests/helpers/encoder"
import { percentile } from "./machine"
import { publishClock, readFrames } from "./video-clock"
import { acceptingReporter, quietLogger } from "./media-fakes"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const sorted = (a: number[]) => [...a].sort((x, y) => x - y)
const TICK = 100 // USER_HZ

/** CPU seconds (user + system) of a process, from /proc. */
export function cpuOf(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    return (Number(f[11]) + Number(f[12])) / TICK
  } catch {
    return 0
  }
}

/** Pids of this process's ffmpeg children that remux to HLS. */
export function remuxPids(): number[] {
  const out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(process.pid)], { encoding: "utf8" })
  return out.split("\n").filter((l) => l.includes("-f hls")).map((l) => Number(l.trim().split(/\s+/)[0]))
}

async function mediaServer() {
  const hlsDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-g2g-"))
  const [rtmpPort, httpPort] = [await freePort(), await freePort()]
  const media = await createMediaServer({
    rtmpPort, httpPort, host: "127.0.0.1", hlsDir, graceMs: 1000, logger: quietLogger, reporter: acceptingReporter, ffmpeg: ffmpegBinary(),
  })
  return {
    media,
    rtmp: (id: string) => `rtmp://127.0.0.1:${rtmpPort}/live/${id}?key=bench`,
    http: `http://127.0.0.1:${httpPort}`,
    async stop() {
      await media.stop()
      fs.rmSync(hlsDir, { recursive: true, force: true })
    },
  }
}

const stats = (a: number[]) => (a.length ? { p50: percentile(sorted(a), 50), p95: percentile(sorted(a), 95), max: Math.max(...a), n: a.length } : null)

/**
 * The baseline: the same clock encoder publishing straight to the reading
 * ffmpeg (`-listen 1`: it is the RTMP server), no media server in between:
 * what encoding and decoding alone cost.
 */
async function directLatency(seconds: number) {
  const port = await freePort()
  const url = `rtmp://127.0.0.1:${port}/live/direct`
  const got: number[] = []
  const t0 = Date.now()
  const reader = readFrames(url, (shown, at) => void (at - t0 > 3000 && Math.abs(at - shown) < 60_000 && got.push(at - shown)), { inputArgs: ["-listen", "1"] })
  await sleep(500)
  const enc = publishClock(url, { fps: 15, gop: 30 })
  await sleep(seconds * 1000)
  enc.stop()
  reader.stop()
  return stats(got)
}

/**
 * Glass to glass: the clock encoder publishes; an HTTP-FLV reader decodes
 * frames and compares each frame's clock with the time it came out of the
 * decoder (after `warmS` s, so the GOP cache burst a new viewer gets first
 * is left out; its age is reported apart as `joinAge`). HLS: the playlist
 * is polled every 50 ms; when a segment is listed, its first frame is
 * decoded: listed-at minus that frame's clock is what a player starting the
 * segment the moment it is listed shows at best (`edge`).
 */
export async function latency(seconds: number) {
  const direct = await directLatency(Math.min(seconds, 8))
  const s = await mediaServer()
  const id = "lstr_bench_clock"
  const enc = publishClock(s.rtmp(id), { fps: 15, gop: 30 })
  const flv: number[] = []
  const hls: number[] = []
  const segDur: number[] = []
  let joinAge = 0
  let bad = 0
  try {
    await sleep(1500)
    const t0 = Date.now()
    const reader = readFrames(`${s.http}/live/${id}.flv`, (shown, at) => {
      if (Math.abs(at - shown) > 60_000) return void bad++
      if (!joinAge) joinAge = at - shown
      if (at - t0 > 3000) flv.push(at - shown)
    })
    const seen = new Set<string>()
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-seg-"))
    while (Date.now() - t0 < seconds * 1000) {
      const text = await fetch(`${s.http}/hls/${id}/index.m3u8`).then((r) => (r.ok ? r.text() : ""), () => "")
      const listedAt = Date.now()
      const lines = text.split("\n")
      for (let i = 0; i < lines.length; i++) {
        const name = lines[i].trim()
        if (!name.endsWith(".ts") || seen.has(name)) continue
        seen.add(name)
        if (seen.size === 1 && lines.filter((l) => l.endsWith(".ts")).length > 1) continue // listed before we looked
        segDur.push(Number(/#EXTINF:([\d.]+)/.exec(lines[i - 1] ?? "")?.[1] ?? 0))
        const file = path.join(tmp, name)
        fs.writeFileSync(file, Buffer.from(await (await fetch(`${s.http}/hls/${id}/${name}`)).arrayBuffer()))
        let first = 0
        const r = readFrames(file, (shown) => (first ||= shown), { frames: 1 })
        await r.exited
        if (first && Math.abs(listedAt - first) < 60_000) hls.push(listedAt - first)
        else bad++
      }
      await sleep(50)
    }
    reader.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  } finally {
    enc.stop()
    await s.stop()
  }
  const seg = segDur.length ? segDur.reduce((a, b) => a + b, 0) / segDur.length : 0
  return { direct, flv: stats(flv), joinAge, hls: stats(hls), segmentS: seg, hlsJsDefault: stats(hls.map((x) => x + 2 * seg * 1000)), unreadable: bad }
}

/** A 1080p30 clip like OBS sends (testsrc2 + tone, H.264 4.5 Mbit/s, 2 s keyframes, AAC 128k), made once. */
function clip1080(): string {
  const file = path.join(os.tmpdir(), "ocop-bench-1080p30.flv")
  if (fs.existsSync(file)) return file
  execFileSync(ffmpegBinary(), [
    "-hide_banner", "-loglevel", "error", "-y",
    "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30:duration=8", "-f", "lavfi", "-i", "sine=frequency=440:duration=8",
    "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-b:v", "4500k", "-maxrate", "4500k", "-bufsize", "9000k", "-g", "60",
    "-c:a", "aac", "-b:a", "128k", "-f", "flv", file,
  ])
  return file
}

/** Publishes the 1080p clip in a loop at its own pace, without re-encoding (so the encoder costs little). */
function publish1080(url: string) {
  const child = spawn(ffmpegBinary(), ["-hide_banner", "-loglevel", "error", "-re", "-stream_loop", "-1", "-i", clip1080(), "-c", "copy", "-f", "flv", url], { stdio: "ignore" })
  return { stop: () => void child.kill("SIGKILL") }
}

const VIEWER = `
const { parentPort } = require("worker_threads")
const http = require("http")
let bytes = 0
const reqs = []
parentPort.on("message", (m) => {
  if (m.add) for (let i = 0; i < m.add; i++) {
    const r = http.get(m.url, { agent: false }, (res) => res.on("data", (d) => { bytes += d.length }))
    r.on("error", () => {})
    reqs.push(r)
  }
  if (m.stop) reqs.forEach((r) => r.destroy())
  parentPort.postMessage({ bytes, open: reqs.length })
})`

/**
 * One 1080p ingest: the remux ffmpeg's CPU (from /proc) and the media server
 * process's over `seconds`, with no viewer; then HTTP-FLV viewers (in a
 * worker thread, so they do not share the media server's event loop) added
 * in steps until each gets less than 90 % of the stream's bitrate.
 */
export async function ingest1080(seconds: number, steps: number[]) {
  const s = await mediaServer()
  const id = "lstr_bench_1080"
  clip1080()
  const enc = publish1080(s.rtmp(id))
  const worker = new Worker(VIEWER, { eval: true })
  const ask = <T>(m: object) => new Promise<T>((r) => { worker.once("message", r); worker.postMessage(m) })
  try {
    for (let i = 0; !remuxPids().length || !(await fetch(`${s.http}/hls/${id}/index.m3u8`).then((r) => r.ok, () => false)); i++) {
      if (i > 150) throw new Error("no HLS for the 1080p ingest")
      await sleep(100)
    }
    await sleep(2000)
    const [remux] = remuxPids()
    const c0 = process.cpuUsage()
    const r0 = cpuOf(remux)
    const t0 = Date.now()
    await sleep(seconds * 1000)
    const wall = (Date.now() - t0) / 1000
    const c = process.cpuUsage(c0)
    const ingestStats = s.media.ingests()[0]
    const cpu = { remux: ((cpuOf(remux) - r0) / wall) * 100, server: ((c.user + c.system) / 1e6 / wall) * 100, ingest: ingestStats }
    const source = ingestStats.bitrate_kbps
    const viewers: { n: number; perViewerKbps: number; ratio: number; serverCpu: number }[] = []
    let n = 0
    for (const target of steps) {
      await ask({ add: target - n, url: `${s.http}/live/${id}.flv` })
      n = target
      await sleep(2000)
      const b0 = (await ask<{ bytes: number }>({ read: true })).bytes
      const u0 = process.cpuUsage()
      const t = Date.now()
      await sleep(4000)
      const b1 = (await ask<{ bytes: number }>({ read: true })).bytes
      const sec = (Date.now() - t) / 1000
      const u = process.cpuUsage(u0)
      const perViewerKbps = ((b1 - b0) * 8) / 1000 / sec / n
      viewers.push({ n, perViewerKbps, ratio: perViewerKbps / source, serverCpu: ((u.user + u.system) / 1e6 / sec) * 100 })
      if (perViewerKbps < 0.9 * source) break
    }
    await ask({ stop: true })
    return { cpu, source, viewers }
  } finally {
    await worker.terminate()
    enc.stop()
    await s.stop()
  }
}
