// The live media server: the `medusa-live-media` command of the live-selling
// plugin (its built file). Producers' encoders (OBS, Larix Broadcaster) publish
// RTMP to it; it plays HTTP-FLV and HLS. OCOP_LIVE_INGEST=off leaves it out.
const fs = require("fs")
const path = require("path")

const MEDIA_BIN = path.join(
  path.dirname(require.resolve("@ocop-live/live-selling/package.json")),
  require("@ocop-live/live-selling/package.json").bin["medusa-live-media"]
)

/** Ports and public URLs of the media server, from the environment. */
function mediaSettings(env) {
  const rtmpPort = env.OCOP_LIVE_RTMP_PORT || "1935"
  const httpPort = env.OCOP_LIVE_MEDIA_PORT || "8935"
  return {
    on: env.OCOP_LIVE_INGEST !== "off" && fs.existsSync(MEDIA_BIN),
    rtmpPort,
    httpPort,
    rtmpUrl: env.OCOP_LIVE_RTMP_URL || `rtmp://localhost:${rtmpPort}/live`,
    mediaUrl: env.OCOP_LIVE_MEDIA_URL || `http://localhost:${httpPort}`,
  }
}

/**
 * What Medusa servers need to hand out ingest URLs and play streams
 * (empty when ingest is off), and the storefront's CSP media origins.
 */
function mediaEnv(env) {
  const m = mediaSettings(env)
  if (!m.on) return {}
  return { OCOP_LIVE_RTMP_URL: m.rtmpUrl, OCOP_LIVE_MEDIA_URL: m.mediaUrl }
}

/** The storefront's media origins (CSP) with the media server's. */
function cspMediaHosts(env) {
  const base = env.OCOP_CSP_MEDIA_HOSTS ?? "https://test-streams.mux.dev"
  const m = mediaSettings(env)
  return m.on ? [base, new URL(m.mediaUrl).origin].filter(Boolean).join(" ") : base
}

/** The media server as a managed service, reporting to `backendUrl` (null when off). */
function mediaService(env, backendUrl, dataDir) {
  const m = mediaSettings(env)
  if (!m.on) return null
  return {
    name: "live-media",
    command: process.execPath,
    args: [MEDIA_BIN],
    env: {
      OCOP_LIVE_RTMP_PORT: m.rtmpPort,
      OCOP_LIVE_MEDIA_PORT: m.httpPort,
      MEDUSA_BACKEND_URL: backendUrl,
      OCOP_DATA_DIR: dataDir,
    },
    healthUrl: `http://127.0.0.1:${m.httpPort}/health`,
    banner:
      `  Live ingest (RTMP): ${m.rtmpUrl} (stream key: producer console)\n` +
      (env.OCOP_LIVE_RTMPS_PORT && env.OCOP_LIVE_RTMPS_KEY && env.OCOP_LIVE_RTMPS_CERT
        ? `  Live ingest (RTMPS): port ${env.OCOP_LIVE_RTMPS_PORT} (OCOP_LIVE_RTMPS_KEY / _CERT)\n`
        : "") +
      `  Live media:        ${m.mediaUrl} (HLS /hls/<stream>/index.m3u8, HTTP-FLV /live/<stream>.flv)`,
  }
}

module.exports = { MEDIA_BIN, mediaSettings, mediaEnv, mediaService, cspMediaHosts }
