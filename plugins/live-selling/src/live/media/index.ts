import fs from "fs"
import path from "path"
import { parsePublish } from "../../modules/livestream/lib/ingest-key"
import type { IngestReporter } from "./backend"
import { closeLocalPlayers, startHls } from "./hls"
import { createRelays, type RelayOptions } from "./relay"
import { createRecorder, type Recording } from "./recording"
import { handleOps, type IngestStats } from "./ops"
import { addSample, bitrateKbps, clientAddress, codecName, uptimeSeconds, type ByteSample } from "./stats"

// node-media-server 4 (CommonJS, no types): RTMP in, HTTP-FLV out.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const NodeMediaServer = require("node-media-server")
// eslint-disable-next-line @typescript-eslint/no-var-requires
const nmsLogger = require("node-media-server/src/core/logger.js")

type Logger = { info: (m: string) => void; warn: (m: string) => void; error: (m: string) => void }

export type MediaServerOptions = {
  rtmpPort: number
  httpPort: number
  host?: string
  hlsDir: string
  graceMs: number
  /** How often publishing encoders are checked again (a rotated key or an ended stream drops them). */
  recheckMs?: number
  reporter: IngestReporter
  /** RTMPS (TLS) in as well: its port and PEM key / certificate files. */
  rtmps?: { port: number; key: string; cert: string }
  /** The backend's secret (JWT_SECRET) for `/internal/*` (ingest stats, drop); unset: no internal paths. */
  opsSecret?: string
  /** Where streams are recorded (HLS VOD, see `recording.ts`); null or absent: not recorded. */
  recordingsDir?: string | null
  /** ffmpeg for the HLS remux; null: HTTP-FLV only. */
  ffmpeg: string | null
  logger?: Logger
  /** Multistream relays' restarts (see `relay.ts`). */
  relay?: RelayOptions
}

type Session = {
  id: string
  streamApp: string
  streamName: string
  streamQuery: Record<string, unknown>
  broadcast?: { publisher: unknown; publishGraceMs: number; subscribers?: Map<string, unknown> }
  socket?: { destroyed?: boolean; encrypted?: boolean }
  ip: string
  inBytes: number
  videoCodec: number
  videoWidth: number
  videoHeight: number
  videoFramerate: number
  audioCodec: number
  audioSamplerate: number
  audioChannels: number
  close(): void
}

/**
 * The shop's media server: encoders publish RTMP to `/live/<stream id>?key=<key>`;
 * the backend checks the key (a wrong or rotated one, or another stream's,
 * is dropped) and turns the stream live. Viewers play HTTP-FLV at
 * `/live/<id>.flv` and HLS (ffmpeg `-c copy`) at `/hls/<id>/index.m3u8`.
 * When the encoder stops, the backend hears it at once and, unless it comes
 * back within `graceMs`, the stream ends. One per process (node-media-server
 * keeps its state in a module singleton).
 */
export async function createMediaServer(o: MediaServerOptions) {
  const log: Logger = o.logger ?? console
  fs.mkdirSync(o.hlsDir, { recursive: true })
  // node-media-server's own log: warnings and errors only, through ours
  nmsLogger.log = (message: string, level = "info") => {
    if (level === "warn" || level === "error") log[level](`node-media-server: ${message}`)
  }
  const nms = new NodeMediaServer({
    bind: o.host ?? "0.0.0.0",
    rtmp: { port: o.rtmpPort },
    ...(o.rtmps ? { rtmps: o.rtmps } : {}),
    http: { port: o.httpPort },
    static: { router: "/hls", root: o.hlsDir },
    webadmin: { enable: false },
    store: { path: path.join(path.dirname(o.hlsDir), "nms-store") },
  })

  type Entry = { session: Session; key: string; hls: { stop(): void } | null; since: number; samples: ByteSample[]; recording?: Recording | null }
  const live = new Map<string, Entry>()
  const recorder = o.ffmpeg && o.recordingsDir ? createRecorder({ ffmpeg: o.ffmpeg, root: o.recordingsDir, rtmpPort: o.rtmpPort, reporter: o.reporter, log }) : null
  const graceTimers = new Map<string, NodeJS.Timeout>()
  const streamDir = (id: string) => path.join(o.hlsDir, id)
  const relays = createRelays({ ffmpeg: o.ffmpeg, rtmpPort: o.rtmpPort, reporter: o.reporter, log, options: o.relay })

  const accept = (session: Session, streamId: string, key: string) => {
    clearTimeout(graceTimers.get(streamId))
    graceTimers.delete(streamId)
    const hls = o.ffmpeg
      ? startHls(o.ffmpeg, `rtmp://127.0.0.1:${o.rtmpPort}/live/${streamId}`, streamDir(streamId), (m) => log.warn(`live media ${streamId}: ${m}`))
      : null
    const now = Date.now()
    live.set(streamId, { session, key, hls, since: now, samples: [{ at: now, bytes: session.inBytes }], recording: recorder?.start(streamId) })
    void relays.start(streamId)
    log.info(`live media: ${streamId} is publishing`)
  }

  nms.on("postPublish", (session: Session) => {
    const target = parsePublish(session.streamApp, session.streamName, session.streamQuery)
    if (!target || session.broadcast?.publisher) {
      // malformed, or the path already has a publisher (node-media-server refuses it)
      if (!target) session.close()
      return
    }
    // the grace period is ours (below), not node-media-server's
    if (session.broadcast) session.broadcast.publishGraceMs = 0
    o.reporter.publish(target.streamId, target.key).then(
      (r) => {
        if (!r.ok) {
          log.warn(`live media: publish to ${target.streamId} refused (${r.reason})`)
          return session.close()
        }
        if (session.socket?.destroyed) return
        accept(session, target.streamId, target.key)
      },
      (e) => {
        log.error(`live media: backend unreachable, publish to ${target.streamId} dropped (${e.message})`)
        session.close()
      }
    )
  })

  nms.on("donePublish", (session: Session) => {
    const streamId = session.streamName
    const entry = live.get(streamId)
    if (entry?.session !== session) return
    closeLocalPlayers(session) // our ffmpegs read to the end and finish their files
    entry.hls?.stop()
    relays.stop(streamId)
    void entry.recording?.stop()
    live.delete(streamId)
    log.info(`live media: ${streamId} stopped publishing`)
    o.reporter.unpublish(streamId).catch((e) => log.error(`live media: unpublish ${streamId}: ${e.message}`))
    const timer = setTimeout(() => {
      graceTimers.delete(streamId)
      fs.rmSync(streamDir(streamId), { recursive: true, force: true })
      o.reporter.graceOver(streamId).catch((e) => log.error(`live media: grace over ${streamId}: ${e.message}`))
    }, o.graceMs)
    graceTimers.set(streamId, timer)
  })

  // a key rotated (or the stream ended) while its encoder publishes: drop the encoder
  const recheck = setInterval(() => {
    for (const [streamId, entry] of live) {
      o.reporter.check(streamId, entry.key).then(
        (r) => {
          if (r.ok || live.get(streamId) !== entry) return
          log.warn(`live media: ${streamId} dropped (${r.reason})`)
          entry.session.close()
        },
        (e) => log.error(`live media: check ${streamId}: ${e.message}`)
      )
    }
  }, o.recheckMs ?? 30_000)
  recheck.unref()

  // the publishers' byte counters, every second, for their bitrate
  const sampler = setInterval(() => {
    const at = Date.now()
    for (const e of live.values()) e.samples = addSample(e.samples, { at, bytes: e.session.inBytes })
  }, 1000)
  sampler.unref()

  const stats = (streamId: string, e: Entry, now: number): IngestStats => {
    const s = e.session
    return {
      stream_id: streamId,
      client_ip: clientAddress(s.ip ?? ""),
      protocol: s.socket?.encrypted ? "rtmps" : "rtmp",
      video: { codec: codecName("video", s.videoCodec), width: s.videoWidth || 0, height: s.videoHeight || 0, fps: Math.round(s.videoFramerate || 0) },
      audio: { codec: codecName("audio", s.audioCodec), sample_rate: s.audioSamplerate || 0, channels: s.audioChannels || 0 },
      bitrate_kbps: bitrateKbps(addSample(e.samples, { at: now, bytes: s.inBytes })),
      bytes_in: s.inBytes,
      started_at: new Date(e.since).toISOString(),
      uptime_s: uptimeSeconds(e.since, now),
    }
  }
  const ops = {
    list: () => {
      const now = Date.now()
      return [...live].map(([id, e]) => stats(id, e, now))
    },
    /** An admin stops the ingest: no grace period, the HLS files go at once. */
    drop: (streamId: string) => {
      const e = live.get(streamId)
      if (!e) return false
      live.delete(streamId)
      closeLocalPlayers(e.session)
      e.hls?.stop()
      void e.recording?.stop()
      e.session.close()
      fs.rmSync(streamDir(streamId), { recursive: true, force: true })
      log.info(`live media: ${streamId} stopped by an admin`)
      return true
    },
  }

  // HLS files answer to any origin (players on the shop's pages), never cached
  const http = nms.httpServer.httpServer as import("http").Server
  const [app] = http.listeners("request") as ((req: any, res: any) => void)[]
  http.removeAllListeners("request")
  http.on("request", (req, res) => {
    if (req.url === "/health") return void res.end("ok")
    if (handleOps(req, res, o.opsSecret, ops)) return
    res.setHeader("Access-Control-Allow-Origin", "*")
    if (recorder && req.url?.startsWith("/recordings/")) return recorder.serve(req, res)
    if (req.url?.startsWith("/hls/")) res.setHeader("Cache-Control", "no-cache")
    app(req, res)
  })

  await nms.run()
  await Promise.all([
    once(http, "listening"),
    once(nms.rtmpServer.tcpServer, "listening"),
    ...(o.rtmps ? [once(nms.rtmpServer.tlsServer, "listening")] : []),
  ])

  return {
    rtmpPort: o.rtmpPort,
    rtmpsPort: o.rtmps?.port ?? null,
    httpPort: o.httpPort,
    /** The publishing encoders with their stats (what `GET /internal/ingests` answers). */
    ingests: ops.list,
    /** Streams whose encoder is publishing (accepted). */
    publishing: () => [...live.keys()],
    /** Applies the recordings' retention now (also after each recording and hourly). */
    applyRecordingRetention: async () => (recorder ? recorder.retention() : []),
    async stop() {
      clearInterval(recheck)
      clearInterval(sampler)
      for (const t of graceTimers.values()) clearTimeout(t)
      graceTimers.clear()
      for (const e of live.values()) e.hls?.stop()
      relays.stopAll()
      live.clear()
      await recorder?.stop()
      await nms.stop()
    },
  }
}

export type MediaServer = Awaited<ReturnType<typeof createMediaServer>>

function once(emitter: { listening?: boolean; once: (e: string, f: () => void) => void }, event: string) {
  return emitter.listening ? Promise.resolve() : new Promise<void>((r) => emitter.once(event, r))
}
