/**
 * video: the media server (`medusa-live-media`) under N synthetic encoders
 * (ffmpeg test pattern + tone, H.264 + AAC, 1 s keyframes, like OBS), for
 *   baseline  node-media-server alone: RTMP in, HTTP-FLV out (HLS off)
 *   flv+hls   as `npm start` runs it: plus ffmpeg remuxing each stream to HLS (`-c copy`)
 * One HTTP-FLV viewer per stream. Measures the time from the encoder's start
 * to the first FLV data (past the header) and to the first HLS segment listed, the media
 * server's CPU (this process: node-media-server and the viewers) and the
 * remux ffmpegs' CPU (from /proc), over a window of `--seconds`. The
 * backend is a stub that accepts every key (the key check is the
 * integration test's job). Loopback only; the encoders' CPU is not counted.
 * Run: npm run bench -- video [--streams 2] [--seconds 20]
 */
import fs from "fs"
import os from "os"
import path from "path"
import { execFileSync } from "child_process"
import { createMediaServer } from "../plugins/live-selling/src/live/media"
import { ffmpegBinary, freePort, publishTestStream, type Encoder } from "../integration-tests/helpers/encoder"
import { machineInfo, percentile } from "./lib/machine"
import { runMain } from "./lib/run-main"

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : def
}
const STREAMS = Number(arg("streams", "2"))
const SECONDS = Number(arg("seconds", "20"))
const quiet = { info() {}, warn() {}, error() {} }
const accept = { publish: async () => ({ ok: true }), check: async () => ({ ok: true }), unpublish: async () => undefined, graceOver: async () => undefined,
  recordingStarted: async () => true, recordingFinished: async () => undefined, recordingRetention: async () => [] }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const TICK = 100 // USER_HZ

/** CPU seconds (user + system) of a process, from /proc. */
function cpuOf(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    return (Number(f[11]) + Number(f[12])) / TICK
  } catch {
    return 0
  }
}

/** Pids of this process's ffmpeg children that remux to HLS. */
function remuxPids(): number[] {
  const out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(process.pid)], { encoding: "utf8" })
  return out.split("\n").filter((l) => l.includes("-f hls")).map((l) => Number(l.trim().split(/\s+/)[0]))
}

async function run(mode: "baseline" | "flv+hls") {
  const hlsDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-hls-"))
  const [rtmpPort, httpPort] = [await freePort(), await freePort()]
  const media = await createMediaServer({
    rtmpPort, httpPort, host: "127.0.0.1", hlsDir, graceMs: 1000, logger: quiet, reporter: accept,
    ffmpeg: mode === "baseline" ? null : ffmpegBinary(),
  })
  const encoders: Encoder[] = []
  const aborts: AbortController[] = []
  const firstFlv: number[] = []
  const firstHls: number[] = []
  let bytes = 0
  try {
    const ids = Array.from({ length: STREAMS }, (_, i) => `lstr_bench_${i}`)
    await Promise.all(
      ids.map(async (id) => {
        const t0 = Date.now()
        encoders.push(publishTestStream(`rtmp://127.0.0.1:${rtmpPort}/live/${id}?key=bench`))
        // the viewer: HTTP-FLV from the start
        for (;;) {
          const ctrl = new AbortController()
          const res = await fetch(`http://127.0.0.1:${httpPort}/live/${id}.flv`, { signal: ctrl.signal }).catch(() => null)
          const reader = res?.ok ? res.body!.getReader() : null
          const first = reader ? await reader.read().catch(() => null) : null
          // past the 13-byte FLV header: metadata or media from the encoder
          if (reader && first && !first.done && first.value.length > 13) {
            firstFlv.push(Date.now() - t0)
            aborts.push(ctrl)
            ;(async () => {
              for (;;) {
                const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }))
                if (done) return
                bytes += value!.length
              }
            })()
            break
          }
          ctrl.abort()
          if (Date.now() - t0 > 30_000) throw new Error(`no FLV for ${id}`)
          await sleep(100)
        }
        if (mode === "baseline") return
        for (;;) {
          const text = await fetch(`http://127.0.0.1:${httpPort}/hls/${id}/index.m3u8`).then((r) => (r.ok ? r.text() : ""), () => "")
          if (/\.ts\b/.test(text)) return void firstHls.push(Date.now() - t0)
          if (Date.now() - t0 > 30_000) throw new Error(`no HLS for ${id}`)
          await sleep(100)
        }
      })
    )
    const remux = mode === "baseline" ? [] : remuxPids()
    const cpu0 = process.cpuUsage()
    const remux0 = remux.reduce((s, p) => s + cpuOf(p), 0)
    const bytes0 = bytes
    const t0 = Date.now()
    await sleep(SECONDS * 1000)
    const wall = (Date.now() - t0) / 1000
    const cpu = process.cpuUsage(cpu0)
    const remuxCpu = remux.reduce((s, p) => s + cpuOf(p), 0) - remux0
    const sorted = (a: number[]) => [...a].sort((x, y) => x - y)
    return {
      mode,
      flvStartP50: percentile(sorted(firstFlv), 50),
      flvStartMax: Math.max(...firstFlv),
      hlsStartP50: firstHls.length ? percentile(sorted(firstHls), 50) : null,
      serverCpu: ((cpu.user + cpu.system) / 1e6 / wall) * 100,
      remuxCpu: (remuxCpu / wall) * 100,
      remuxProcs: remux.length,
      kbitPerStream: ((bytes - bytes0) * 8) / 1000 / wall / STREAMS,
    }
  } finally {
    aborts.forEach((a) => a.abort())
    encoders.forEach((e) => e.stop())
    await media.stop()
    fs.rmSync(hlsDir, { recursive: true, force: true })
  }
}

runMain(async () => {
  console.log(`video: ${STREAMS} streams, ${SECONDS} s window — ${machineInfo()}, load ${os.loadavg()[0].toFixed(1)}`)
  const results = []
  for (const mode of ["baseline", "flv+hls"] as const) {
    const r = await run(mode)
    results.push(r)
    console.log(
      `${r.mode.padEnd(9)} first FLV data p50 ${r.flvStartP50} ms (max ${r.flvStartMax} ms)` +
        (r.hlsStartP50 !== null ? `, first HLS segment p50 ${r.hlsStartP50} ms` : "") +
        `; media server CPU ${r.serverCpu.toFixed(1)} %, remux ffmpeg CPU ${r.remuxCpu.toFixed(1)} % (${r.remuxProcs} procs)` +
        `; FLV ${r.kbitPerStream.toFixed(0)} kbit/s per stream`
    )
    await sleep(1000)
  }
  const [base, full] = results
  console.log(`CPU with HLS ÷ baseline (media server + remux): ${((full.serverCpu + full.remuxCpu) / Math.max(base.serverCpu, 0.1)).toFixed(2)}×`)
})
