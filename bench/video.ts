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
 * Parts (`--part`, comma list; default all):
 *   remux    the above
 *   latency  glass to glass of HTTP-FLV and HLS with a clock burnt into the frames (lib/video-g2g.ts)
 *   1080     one 1080p30 ingest: remux CPU per ingest, then HTTP-FLV viewers until throughput drops
 * Run: npm run bench -- video [--streams 2] [--seconds 20] [--part remux,latency,1080] [--viewers 25,50,100,200,400]
 */
import fs from "fs"
import os from "os"
import path from "path"
import { createMediaServer } from "../plugins/live-selling/src/live/media"
import { ffmpegBinary, freePort, publishTestStream, type Encoder } from "../integration-tests/helpers/encoder"
import { waitFor } from "../integration-tests/helpers/harness"
import { machineInfo, percentile } from "./lib/machine"
import { runMain } from "./lib/run-main"
import { cpuOf, ingest1080, latency, remuxPids } from "./lib/video-g2g"
import { acceptingReporter, quietLogger } from "./lib/media-fakes"
import { arg } from "./lib/args"

const STREAMS = Number(arg("streams", "2"))
const PARTS = arg("part", "remux,latency,1080").split(",")
const VIEWER_STEPS = arg("viewers", "25,50,100,200,400").split(",").map(Number)
const SECONDS = Number(arg("seconds", "20"))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function run(mode: "baseline" | "flv+hls") {
  const hlsDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-hls-"))
  const [rtmpPort, httpPort] = [await freePort(), await freePort()]
  const media = await createMediaServer({
    rtmpPort, httpPort, host: "127.0.0.1", hlsDir, graceMs: 1000, logger: quietLogger, reporter: acceptingReporter,
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
        const flvViewer = async () => {
          const ctrl = new AbortController()
          const res = await fetch(`http://127.0.0.1:${httpPort}/live/${id}.flv`, { signal: ctrl.signal }).catch(() => null)
          const reader = res?.ok ? res.body!.getReader() : null
          const first = reader ? await reader.read().catch(() => null) : null
          // past the 13-byte FLV header: metadata or media from the encoder
          if (reader && first && !first.done && first.value.length > 13) return { ctrl, reader, at: Date.now() }
          ctrl.abort()
          return null
        }
        const viewer = await waitFor(flvViewer, { what: `FLV for ${id}`, timeoutMs: 30_000, intervalMs: 100 })
        firstFlv.push(viewer.at - t0)
        aborts.push(viewer.ctrl)
        ;(async () => {
          for (;;) {
            const { value, done } = await viewer.reader.read().catch(() => ({ value: undefined, done: true }))
            if (done) return
            bytes += value!.length
          }
        })()
        if (mode === "baseline") return
        const segmentListed = async () => /\.ts\b/.test(await fetch(`http://127.0.0.1:${httpPort}/hls/${id}/index.m3u8`).then((r) => (r.ok ? r.text() : ""), () => ""))
        await waitFor(segmentListed, { what: `HLS for ${id}`, timeoutMs: 30_000, intervalMs: 100 })
        firstHls.push(Date.now() - t0)
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
  console.log(`video: ${PARTS.join(", ")}; ${STREAMS} streams, ${SECONDS} s window — ${machineInfo()}, load ${os.loadavg()[0].toFixed(1)}`)
  if (PARTS.includes("remux")) await remuxPart()
  if (PARTS.includes("latency")) latencyReport(await latency(SECONDS))
  if (PARTS.includes("1080")) ingestReport(await ingest1080(SECONDS, VIEWER_STEPS))
})

async function remuxPart() {
  const results: Awaited<ReturnType<typeof run>>[] = []
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
}

const ms = (x: { p50: number; p95: number; max: number; n: number } | null) => (x ? `p50 ${x.p50} ms, p95 ${x.p95} ms, max ${x.max} ms (${x.n})` : "none")

function latencyReport(r: Awaited<ReturnType<typeof latency>>) {
  console.log(`baseline, encoder straight into the decoder (no media server): ${ms(r.direct)}`)
  console.log(`glass-to-glass HTTP-FLV (decoded frame vs its burnt-in clock): ${ms(r.flv)}; a new viewer's first decoded frame is ${r.joinAge} ms old`)
  if (r.direct && r.flv) console.log(`  HTTP-FLV ÷ baseline (p50): ${(r.flv.p50 / Math.max(r.direct.p50, 1)).toFixed(2)}× (+${r.flv.p50 - r.direct.p50} ms for the media server)`)
  console.log(`glass-to-glass HLS, segment listed vs its first frame's clock: ${ms(r.hls)}; segments ${r.segmentS.toFixed(2)} s`)
  console.log(`  HLS as hls.js plays by default (3 segments behind the live edge ≈ listed + 2 segments): ${ms(r.hlsJsDefault)}`)
  console.log(`  goal FLV ≤ 3000 ms: ${r.flv && r.flv.p95 <= 3000 ? "met" : "NOT met"} (p95); HLS ≤ 8000 ms: ${r.hlsJsDefault && r.hlsJsDefault.p95 <= 8000 ? "met" : "NOT met"} (p95, hls.js default); unreadable frames ${r.unreadable}`)
}

function ingestReport(r: Awaited<ReturnType<typeof ingest1080>>) {
  const i = r.cpu.ingest
  console.log(`1080p ingest (${i.video.width}x${i.video.height} ${i.video.fps} fps, ${r.source} kbit/s as the media server measures it):`)
  console.log(`  remux ffmpeg CPU ${r.cpu.remux.toFixed(1)} % of a core (goal ≤ 10 %: ${r.cpu.remux <= 10 ? "met" : "NOT met"}); media server process ${r.cpu.server.toFixed(1)} %`)
  for (const v of r.viewers) {
    console.log(`  ${String(v.n).padStart(4)} HTTP-FLV viewers: ${v.perViewerKbps.toFixed(0)} kbit/s each (${(v.ratio * 100).toFixed(0)} % of the source), process CPU ${v.serverCpu.toFixed(0)} % (server + viewer thread)`)
  }
  const ok = r.viewers.filter((v) => v.ratio >= 0.9)
  console.log(`  one process serves ${ok.length ? ok[ok.length - 1].n : 0} viewers at ≥ 90 % of the bitrate` + (ok.length === r.viewers.length ? " (the largest step tried)" : ""))
}
