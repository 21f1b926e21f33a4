import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { IngestSettings } from "../../../modules/livestream/control"

/**
 * The ingest settings of this backend: stream keys derive from Medusa's
 * JWT secret; `OCOP_LIVE_RTMP_URL` is where encoders publish,
 * `OCOP_LIVE_MEDIA_URL` where viewers play (the media server, `medusa-live-media`).
 */
export function ingestSettings(scope: MedusaContainer): IngestSettings {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return {
    secret: config.projectConfig.http.jwtSecret as string,
    rtmpUrl: process.env.OCOP_LIVE_RTMP_URL || "rtmp://localhost:1935/live",
    mediaUrl: process.env.OCOP_LIVE_MEDIA_URL || "http://localhost:8935",
  }
}
