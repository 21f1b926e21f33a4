import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { IngestSettings } from "../../../modules/livestream/control"
import { rtmpsConfig } from "../../../live/media/config"
import { mediaOpsClient, type MediaOpsClient } from "../../../live/media/ops-client"

/**
 * The ingest settings of this backend: stream keys derive from Medusa's
 * JWT secret; `OCOP_LIVE_RTMP_URL` is where encoders publish,
 * `OCOP_LIVE_MEDIA_URL` where viewers play (the media server, `medusa-live-media`);
 * with RTMPS on, encoders may also publish to `OCOP_LIVE_RTMPS_URL` (default:
 * the RTMP host on `OCOP_LIVE_RTMPS_PORT`).
 */
export function ingestSettings(scope: MedusaContainer): IngestSettings {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return {
    secret: config.projectConfig.http.jwtSecret as string,
    rtmpUrl: process.env.OCOP_LIVE_RTMP_URL || "rtmp://localhost:1935/live",
    mediaUrl: process.env.OCOP_LIVE_MEDIA_URL || "http://localhost:8935",
    rtmpsUrl: rtmpsUrl(process.env),
  }
}

/**
 * The public RTMPS server: `OCOP_LIVE_RTMPS_URL`, else, when the media
 * server's RTMPS settings are all there (same environment), the RTMP host on
 * the RTMPS port; undefined when the media server takes no RTMPS.
 */
export function rtmpsUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (env.OCOP_LIVE_RTMPS_URL) return env.OCOP_LIVE_RTMPS_URL
  if (!rtmpsConfig(env)) return undefined
  const rtmp = new URL(env.OCOP_LIVE_RTMP_URL || "rtmp://localhost:1935/live")
  return `rtmps://${rtmp.hostname}:${env.OCOP_LIVE_RTMPS_PORT}${rtmp.pathname}`
}

/**
 * The media server's internal paths (ingest stats, drop) at
 * `OCOP_LIVE_MEDIA_INTERNAL_URL` (default `OCOP_LIVE_MEDIA_URL`), with tokens
 * signed by Medusa's JWT secret.
 */
export function mediaOps(scope: MedusaContainer): MediaOpsClient {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const url = process.env.OCOP_LIVE_MEDIA_INTERNAL_URL || process.env.OCOP_LIVE_MEDIA_URL || "http://localhost:8935"
  return mediaOpsClient(url, config.projectConfig.http.jwtSecret as string)
}
