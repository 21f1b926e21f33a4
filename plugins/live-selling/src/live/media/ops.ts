import type { IncomingMessage, ServerResponse } from "http"
import jwt from "jsonwebtoken"

/** The scope of the backend's short tokens for the media server's `/internal/*` paths. */
export const LIVE_MEDIA_OPS_SCOPE = "live-media-ops"

/** One publishing encoder as the media server sees it (`GET /internal/ingests`). */
export type IngestStats = {
  stream_id: string
  client_ip: string
  protocol: "rtmp" | "rtmps"
  video: { codec: string | null; width: number; height: number; fps: number }
  audio: { codec: string | null; sample_rate: number; channels: number }
  bitrate_kbps: number
  bytes_in: number
  started_at: string
  uptime_s: number
}

export type IngestOps = {
  list(): IngestStats[]
  /** Drops the stream's encoder at once (no grace period); false if none publishes. */
  drop(streamId: string): boolean
}

/** A backend token (scope `live-media-ops`, signed with JWT_SECRET) on the request. */
export function opsAuthorized(req: IncomingMessage, secret: string): boolean {
  const token = req.headers.authorization?.replace(/^Bearer\s+/i, "") ?? ""
  try {
    const payload = jwt.verify(token, secret, { algorithms: ["HS256"] }) as { scope?: string }
    return payload?.scope === LIVE_MEDIA_OPS_SCOPE
  } catch {
    return false
  }
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.statusCode = status
  res.setHeader("content-type", "application/json")
  res.setHeader("cache-control", "no-store")
  res.end(JSON.stringify(body))
}

/**
 * The media server's internal paths for the backend's admin routes:
 * `GET /internal/ingests` (the publishing encoders with their stats) and
 * `POST /internal/ingests/<stream id>/drop`. Answers true when it handled
 * the request (401 without a valid token; 404 when `secret` is unset).
 */
export function handleOps(req: IncomingMessage, res: ServerResponse, secret: string | undefined, ops: IngestOps): boolean {
  const url = (req.url ?? "").split("?")[0]
  if (!url.startsWith("/internal/")) return false
  if (!secret) return send(res, 404, { message: "not found" }), true
  if (!opsAuthorized(req, secret)) return send(res, 401, { message: "only the backend may call this" }), true
  if (req.method === "GET" && url === "/internal/ingests") {
    return send(res, 200, { ingests: ops.list() }), true
  }
  const drop = /^\/internal\/ingests\/([A-Za-z0-9_-]+)\/drop$/.exec(url)
  if (req.method === "POST" && drop) {
    return ops.drop(drop[1])
      ? (send(res, 200, { stream_id: drop[1], dropped: true }), true)
      : (send(res, 404, { message: `stream_id: no encoder publishes ${drop[1]}` }), true)
  }
  return send(res, 404, { message: "not found" }), true
}
