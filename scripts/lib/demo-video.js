// The seeded demo stream's video for `npm start` and `npm run start:cluster`:
// a short test-pattern clip with a tone, made once by ffmpeg (from npm,
// @ffmpeg-installer/ffmpeg) into .data/demo-video/, then looped without
// re-encoding (`-c copy`, next to no CPU) into a live HLS playlist with a
// sliding window. The Medusa server serves it at /demo-video/live.m3u8
// (src/api/demo-video), the URL the seed gives the demo stream.
const { spawn, spawnSync } = require("child_process")
const crypto = require("crypto")
const fs = require("fs")
const path = require("path")

const PLAYLIST = "live.m3u8"
const CLIP = { seconds: 12, size: "640x360", fps: 25, tone: 440 }

/** The folder the live playlist and its segments are written to (and served from). */
const liveDir = (dataDir) => path.join(dataDir, "demo-video", "live")

/** ffmpeg arguments that make the clip: H.264 baseline + AAC in MP4, a keyframe every 2 s. */
function clipArgs(out, clip = CLIP) {
  const gop = String(clip.fps * 2)
  return [
    "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
    "-f", "lavfi", "-i", `testsrc2=size=${clip.size}:rate=${clip.fps}`,
    "-f", "lavfi", "-i", `sine=frequency=${clip.tone}:sample_rate=44100:beep_factor=4`,
    "-t", String(clip.seconds),
    "-c:v", "libx264", "-profile:v", "baseline", "-preset", "veryfast", "-pix_fmt", "yuv420p",
    "-g", gop, "-keyint_min", gop, "-sc_threshold", "0",
    "-c:a", "aac", "-b:a", "64k", "-ac", "2",
    "-movflags", "+faststart",
    "-f", "mp4", out,
  ]
}

/**
 * ffmpeg arguments that loop the clip at its own pace (`-re`) into a live
 * HLS playlist: 2 s segments, the last 6 listed, older ones deleted.
 */
function liveArgs(clip, dir) {
  return [
    "-hide_banner", "-loglevel", "error", "-nostdin",
    "-re", "-stream_loop", "-1", "-i", clip,
    "-c", "copy",
    "-f", "hls", "-hls_time", "2", "-hls_list_size", "6",
    "-hls_flags", "delete_segments+independent_segments+temp_file",
    "-hls_segment_filename", path.join(dir, "seg-%d.ts"),
    path.join(dir, PLAYLIST),
  ]
}

/** The ffmpeg binary from npm, or why there is none that runs here. */
function findFfmpeg() {
  let binary
  try {
    binary = require("@ffmpeg-installer/ffmpeg").path
  } catch (err) {
    return { reason: `no ffmpeg for ${process.platform}-${process.arch} (@ffmpeg-installer/ffmpeg: ${err.message.split("\n")[0]})` }
  }
  const probe = spawnSync(binary, ["-version"], { timeout: 10000 })
  if (probe.status !== 0) return { reason: `ffmpeg at ${binary} does not run (${probe.error?.message || `exit ${probe.status}`})` }
  return { path: binary }
}

function run(binary, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] })
    let err = ""
    child.stderr.on("data", (d) => (err += d))
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      code === 0 ? resolve() : reject(new Error(`ffmpeg failed (${signal || code}): ${err.trim().split("\n").pop() || ""}`))
    })
  })
}

/**
 * Makes the clip when it is not there yet (cached by its arguments), empties
 * the live folder and answers the long-running ffmpeg to start, or null with
 * one log line saying why there is no demo video (the page then says so).
 */
async function prepareDemoVideo({ dataDir, log }) {
  if (process.env.OCOP_DEMO_VIDEO === "off") return null
  const ffmpeg = findFfmpeg()
  if (!ffmpeg.path) {
    log(`Demo stream video off: ${ffmpeg.reason}`)
    return null
  }
  const folder = path.join(dataDir, "demo-video")
  const tag = crypto.createHash("sha1").update(JSON.stringify(clipArgs("clip.mp4"))).digest("hex").slice(0, 8)
  const clip = path.join(folder, `clip-${tag}.mp4`)
  try {
    fs.mkdirSync(folder, { recursive: true })
    if (!fs.existsSync(clip)) {
      const started = Date.now()
      const partial = `${clip}.partial`
      await run(ffmpeg.path, clipArgs(partial), 120000)
      fs.renameSync(partial, clip)
      log(`Demo stream video: test clip made in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
  } catch (err) {
    log(`Demo stream video off: ${err.message}`)
    return null
  }
  const dir = liveDir(dataDir)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  return { command: ffmpeg.path, args: liveArgs(clip, dir), dir }
}

/** The managed service that loops the clip (no health URL: the server's /demo-video answers once it plays). */
function demoVideoService(demo) {
  return { name: "demo-video", command: demo.command, args: demo.args, optional: true, stdio: ["ignore", "ignore", "inherit"] }
}

module.exports = { PLAYLIST, clipArgs, liveArgs, liveDir, findFfmpeg, prepareDemoVideo, demoVideoService }
