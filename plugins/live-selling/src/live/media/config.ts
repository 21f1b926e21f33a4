import path from "path"
import { jwtSecret } from "../gateway-config"

/**
 * The media server's settings from its environment: RTMP in on
 * OCOP_LIVE_RTMP_PORT (1935), HTTP-FLV and HLS out on OCOP_LIVE_MEDIA_PORT
 * (8935), the backend it reports to (MEDUSA_BACKEND_URL, with a token signed
 * by JWT_SECRET), the HLS folder and the grace period after an encoder stops
 * (OCOP_LIVE_INGEST_GRACE_SECONDS, 60) before the stream ends, and how often a
 * publishing encoder's key is checked again (OCOP_LIVE_INGEST_RECHECK_SECONDS, 30).
 * RTMPS (TLS) in as well when OCOP_LIVE_RTMPS_PORT, OCOP_LIVE_RTMPS_KEY and
 * OCOP_LIVE_RTMPS_CERT (PEM files) are all set. Streams are recorded in
 * OCOP_LIVE_RECORDINGS_DIR (OCOP_LIVE_RECORDING=off: not recorded).
 */
export function mediaConfig(env: NodeJS.ProcessEnv = process.env) {
  const dataDir = env.OCOP_DATA_DIR || ".data"
  return {
    rtmpPort: Number(env.OCOP_LIVE_RTMP_PORT || 1935),
    httpPort: Number(env.OCOP_LIVE_MEDIA_PORT || 8935),
    host: env.OCOP_LIVE_MEDIA_HOST || "0.0.0.0",
    backendUrl: env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    jwtSecret: jwtSecret(env),
    hlsDir: path.resolve(env.OCOP_LIVE_HLS_DIR || path.join(dataDir, "live-media", "hls")),
    /** Where streams are recorded (HLS VOD); OCOP_LIVE_RECORDING=off records nothing. */
    recordingsDir:
      env.OCOP_LIVE_RECORDING === "off" ? null : path.resolve(env.OCOP_LIVE_RECORDINGS_DIR || path.join(dataDir, "live-media", "recordings")),
    graceMs: Number(env.OCOP_LIVE_INGEST_GRACE_SECONDS ?? 60) * 1000,
    recheckMs: Number(env.OCOP_LIVE_INGEST_RECHECK_SECONDS ?? 30) * 1000,
    rtmps: rtmpsConfig(env),
  }
}

export type MediaConfig = ReturnType<typeof mediaConfig>

/** The RTMPS listener's settings, or undefined unless its port, key and certificate are all set. */
export function rtmpsConfig(env: NodeJS.ProcessEnv = process.env) {
  const port = Number(env.OCOP_LIVE_RTMPS_PORT || 0)
  const key = env.OCOP_LIVE_RTMPS_KEY
  const cert = env.OCOP_LIVE_RTMPS_CERT
  return port && key && cert ? { port, key: path.resolve(key), cert: path.resolve(cert) } : undefined
}
