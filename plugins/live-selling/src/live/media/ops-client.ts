import jwt from "jsonwebtoken"
import { LIVE_MEDIA_OPS_SCOPE, type IngestStats } from "./ops"

export type MediaOpsClient = {
  /** The encoders publishing now, with their stats. */
  ingests(): Promise<IngestStats[]>
  /** Drops the stream's encoder at once; false when none publishes it. */
  drop(streamId: string): Promise<boolean>
}

/**
 * The backend's side of the media server's `/internal/*` paths: each call
 * carries a one-minute token of scope `live-media-ops` signed with the
 * shared JWT secret. Throws when the media server does not answer.
 */
export function mediaOpsClient(mediaUrl: string, secret: string, timeoutMs = 5000): MediaOpsClient {
  const call = async (method: "GET" | "POST", path: string) => {
    const token = jwt.sign({ scope: LIVE_MEDIA_OPS_SCOPE }, secret, { algorithm: "HS256", expiresIn: 60 })
    const res = await fetch(`${mediaUrl.replace(/\/+$/, "")}/internal/${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(timeoutMs),
    })
    const body = (await res.json().catch(() => ({}))) as Record<string, any>
    if (!res.ok && res.status !== 404) throw new Error(`media server answered ${res.status} ${body.message ?? ""}`.trim())
    return { status: res.status, body }
  }
  return {
    ingests: async () => {
      const r = await call("GET", "ingests")
      if (r.status !== 200) throw new Error("media server has no ingest stats (is it given the backend's JWT secret?)")
      return r.body.ingests as IngestStats[]
    },
    drop: async (streamId) => (await call("POST", `ingests/${encodeURIComponent(streamId)}/drop`)).status === 200,
  }
}
