#!/usr/bin/env node
import { backendReporter } from "./media/backend"
import { mediaConfig } from "./media/config"
import { ffmpegPath } from "./media/hls"
import { createMediaServer } from "./media"

/**
 * `medusa-live-media`: the shop's RTMP ingest (OBS, Larix…) with HTTP-FLV and
 * HLS playback. Settings from the environment (see `media/config.ts`).
 */
async function main() {
  const config = mediaConfig()
  const ffmpeg = ffmpegPath()
  if (!ffmpeg) console.warn("live media: no ffmpeg for this platform; HLS is off (HTTP-FLV only)")
  const server = await createMediaServer({
    rtmpPort: config.rtmpPort,
    httpPort: config.httpPort,
    host: config.host,
    hlsDir: config.hlsDir,
    recordingsDir: config.recordingsDir,
    graceMs: config.graceMs,
    recheckMs: config.recheckMs,
    ffmpeg,
    rtmps: config.rtmps,
    opsSecret: config.jwtSecret,
    reporter: backendReporter(config.backendUrl, config.jwtSecret),
  })
  const rtmps = server.rtmpsPort ? `, rtmps://localhost:${server.rtmpsPort}/live` : ""
  console.log(`Live media server: rtmp://localhost:${server.rtmpPort}/live${rtmps}, http://localhost:${server.httpPort}`)
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    server.stop().finally(() => process.exit(0))
  }
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}

main().catch((e) => {
  console.error(`live media: ${e.message}`)
  process.exit(1)
})
