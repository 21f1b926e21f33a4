import { spawn } from "child_process"
import fs from "fs"
import path from "path"
import type { IncomingMessage, ServerResponse } from "http"
import { newId } from "../../modules/livestream/lib/ids"
import { interruptedOutcome } from "../../modules/livestream/lib/interrupted-recording"
import type { IngestReporter } from "./backend"
import { terminate } from "./hls"

type Logger = { info: (m: string) => void; warn: (m: string) => void; error: (m: string) => void }

/**
 * ffmpeg arguments that copy a live source (`-c copy`, no transcoding) into
 * an HLS VOD: every segment kept (`-hls_list_size 0`), the playlist growing
 * while it records (`event`) and closed with `#EXT-X-ENDLIST` when the
 * source ends or ffmpeg is stopped.
 */
export function recordingArgs(source: string, dir: string): string[] {
  return [
    "-hide_banner", "-loglevel", "error", "-nostdin",
    "-i", source,
    "-c", "copy",
    "-f", "hls", "-hls_time", "4", "-hls_list_size", "0", "-hls_playlist_type", "event",
    "-hls_flags", "independent_segments+temp_file",
    "-hls_segment_filename", path.join(dir, "seg-%d.ts"),
    path.join(dir, "index.m3u8"),
  ]
}

/** A recording's length: the sum of its playlist's `#EXTINF` durations, in ms. */
export function playlistDurationMs(playlist: string): number {
  let total = 0
  for (const m of playlist.matchAll(/^#EXTINF:([\d.]+)/gm)) total += parseFloat(m[1]) * 1000
  return Math.round(total)
}

/**
 * A playlist closed for replay: `#EXT-X-ENDLIST` appended if it has segments
 * and lacks it (an `event` playlist whose ffmpeg was killed); else as is.
 */
export function finalisedPlaylist(playlist: string): string {
  if (!/^#EXTINF:/m.test(playlist) || /^#EXT-X-ENDLIST\s*$/m.test(playlist)) return playlist
  return playlist.replace(/\s*$/, "\n") + "#EXT-X-ENDLIST\n"
}

/** The bytes of the files in `dir` (not recursive), 0 if it is gone. */
export function folderBytes(dir: string): number {
  try {
    return fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0)
  } catch {
    return 0
  }
}

export type Recording = { id: string; stop(): Promise<void> }

/**
 * Records one part of `streamId` from `source` into `<root>/<stream>/<id>/`:
 * reported to the backend when it starts (a refusal stops it and removes the
 * folder) and, once ffmpeg exits (the encoder stopped, or `stop()`), with its
 * length and size; then `onFinished` (retention) runs. A reconnecting encoder
 * gets a new part.
 */
export function startRecording(o: {
  ffmpeg: string
  source: string
  root: string
  streamId: string
  reporter: IngestReporter
  log: Logger
  onFinished?: () => void
}): Recording {
  const id = newId("lrec")
  const dir = path.join(o.root, o.streamId, id)
  fs.mkdirSync(dir, { recursive: true })
  const child = spawn(o.ffmpeg, recordingArgs(o.source, dir), { stdio: ["ignore", "ignore", "pipe"] })
  let err = ""
  child.stderr?.on("data", (d) => (err = (err + d).slice(-2000)))
  const started = o.reporter.recordingStarted(o.streamId, id, new Date()).then(
    (ok) => {
      if (!ok) throw new Error("refused by the backend")
      return true
    },
    (e) => {
      o.log.error(`live media: recording ${id} of ${o.streamId} not reported (${e.message}); not kept`)
      terminate(child)
      return false
    }
  )
  const exited = new Promise<void>((resolve) => {
    child.on("error", (e) => {
      o.log.warn(`live media: recording ffmpeg did not start: ${e.message}`)
      resolve()
    })
    child.on("exit", () => resolve())
  })
  const finished = exited.then(async () => {
    if (!(await started)) return void fs.rmSync(dir, { recursive: true, force: true })
    const playlist = fs.existsSync(path.join(dir, "index.m3u8")) ? fs.readFileSync(path.join(dir, "index.m3u8"), "utf8") : ""
    const durationMs = playlistDurationMs(playlist)
    if (!durationMs && err.trim()) o.log.warn(`live media: recording ${id}: ${err.trim().split("\n").pop()}`)
    await o.reporter
      .recordingFinished(id, durationMs, folderBytes(dir))
      .then(() => o.onFinished?.())
      .catch((e) => o.log.error(`live media: recording ${id} finish not reported: ${e.message}`))
  })
  return {
    id,
    stop() {
      terminate(child, 5000)
      return finished
    },
  }
}

/** `rel` (a recording's path from the backend) under `root`, or null if it would leave it. */
function recordingDir(root: string, rel: string): string | null {
  const dir = path.resolve(root, rel)
  return dir.startsWith(path.resolve(root) + path.sep) ? dir : null
}

/**
 * A part this media server lost (it died mid-recording): its playlist closed
 * (`#EXT-X-ENDLIST`), its length and size measured from the folder and
 * reported finished as interrupted; the backend makes it `ready`, or `failed`
 * without media (its folder then removed).
 */
export async function finishInterrupted(root: string, r: { id: string; path: string }, reporter: IngestReporter, log: Logger) {
  const dir = recordingDir(root, r.path)
  const file = dir && path.join(dir, "index.m3u8")
  const playlist = file && fs.existsSync(file) ? fs.readFileSync(file, "utf8") : ""
  const closed = finalisedPlaylist(playlist)
  if (file && closed !== playlist) fs.writeFileSync(file, closed)
  const durationMs = playlistDurationMs(closed)
  const bytes = dir ? folderBytes(dir) : 0
  await reporter.recordingFinished(r.id, durationMs, bytes, true)
  const outcome = interruptedOutcome(durationMs, bytes)
  if (outcome === "failed" && dir) fs.rmSync(dir, { recursive: true, force: true })
  log.info(`live media: interrupted recording ${r.id} finished (${outcome}, ${durationMs} ms)`)
}

/**
 * Asks the backend which recordings retention removes (too old, or the
 * oldest beyond the size limit; it marks them deleted) and removes their
 * folders; telling it the parts being recorded (and since when this media
 * server runs), it also answers those lost in a crash, finished here.
 */
export async function applyRetention(
  root: string,
  reporter: IngestReporter,
  log: Logger,
  report: { recording: string[]; since: Date } = { recording: [], since: new Date() }
) {
  const { deleted, interrupted } = await reporter.recordingRetention(report)
  for (const r of deleted) {
    const dir = recordingDir(root, r.path)
    if (!dir) continue
    fs.rmSync(dir, { recursive: true, force: true })
    log.info(`live media: recording ${r.id} deleted (retention)`)
  }
  for (const r of interrupted) {
    await finishInterrupted(root, r, reporter, log).catch((e) =>
      log.error(`live media: interrupted recording ${r.id} not finished: ${e.message}`)
    )
  }
  return deleted
}

const TYPES: Record<string, string> = { ".m3u8": "application/vnd.apple.mpegurl", ".ts": "video/mp2t" }

/** Serves `/recordings/<stream>/<id>/(index.m3u8|seg-N.ts)` from `root`; anything else 404. */
export function serveRecording(root: string, req: IncomingMessage, res: ServerResponse) {
  const rel = decodeURIComponent((req.url ?? "").split("?")[0].replace(/^\/recordings\//, ""))
  const file = path.resolve(root, rel)
  const type = TYPES[path.extname(file)]
  if (!type || !file.startsWith(path.resolve(root) + path.sep) || !/^[\w-]+\/[\w-]+\/[\w.-]+$/.test(rel)) {
    res.statusCode = 404
    return void res.end()
  }
  fs.stat(file, (e, st) => {
    if (e || !st.isFile()) {
      res.statusCode = 404
      return void res.end()
    }
    res.setHeader("Content-Type", type)
    res.setHeader("Content-Length", st.size)
    // segments never change; the playlist grows while it records
    res.setHeader("Cache-Control", type === TYPES[".ts"] ? "public, max-age=86400" : "no-cache")
    if (req.method === "HEAD") return void res.end()
    fs.createReadStream(file).pipe(res)
  })
}

/**
 * The media server's recorder: `start(streamId)` records a publishing
 * stream (a new part each publish), retention runs at once (finishing the
 * parts a previous run lost), after each part and every `retentionEveryMs`
 * (hourly), `serve` answers `/recordings/…`.
 */
export function createRecorder(o: {
  ffmpeg: string
  root: string
  rtmpPort: number
  reporter: IngestReporter
  log: Logger
  retentionEveryMs?: number
}) {
  fs.mkdirSync(o.root, { recursive: true })
  const active = new Set<Recording>()
  const since = new Date()
  const retention = () => applyRetention(o.root, o.reporter, o.log, { recording: [...active].map((r) => r.id), since })
  const runRetention = () => void retention().catch((e) => o.log.error(`live media: retention: ${e.message}`))
  const timer = setInterval(runRetention, o.retentionEveryMs ?? 3600_000)
  timer.unref()
  // at start (the backend may still be starting: tried again every 15 s, 8 times)
  let stopped = false
  const firstRun = (attempt: number): void =>
    void retention().catch((e) => {
      if (stopped) return
      if (attempt >= 8) return o.log.error(`live media: retention: ${e.message}`)
      setTimeout(() => firstRun(attempt + 1), 15_000).unref()
    })
  firstRun(0)
  return {
    start(streamId: string): Recording {
      const rec = startRecording({
        ffmpeg: o.ffmpeg, source: `rtmp://127.0.0.1:${o.rtmpPort}/live/${streamId}`, root: o.root, streamId,
        reporter: o.reporter, log: o.log, onFinished: runRetention,
      })
      active.add(rec)
      return { id: rec.id, stop: () => rec.stop().finally(() => active.delete(rec)) }
    },
    retention,
    serve: (req: IncomingMessage, res: ServerResponse) => serveRecording(o.root, req, res),
    async stop() {
      stopped = true
      clearInterval(timer)
      await Promise.all([...active].map((r) => r.stop()))
    },
  }
}
