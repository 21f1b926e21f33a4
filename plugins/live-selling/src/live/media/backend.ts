import jwt from "jsonwebtoken"
import type { RelayState } from "../../modules/livestream/lib/relay-destination"

export type RetentionAnswer = { deleted: { id: string; path: string }[]; interrupted: { id: string; path: string }[] }

/** A multistream destination: its id, RTMP(S) server and secret stream key. */
export type RelayTarget = { id: string; url: string; key: string }

export type IngestReporter = {
  /** Whether the backend accepts the publish (key, stream, seller); false: drop the encoder. */
  publish(streamId: string, key: string): Promise<{ ok: boolean; reason?: string }>
  /** Whether a publishing encoder may go on (false: its key was rotated or the stream ended). */
  check(streamId: string, key: string): Promise<{ ok: boolean; reason?: string }>
  unpublish(streamId: string): Promise<void>
  graceOver(streamId: string): Promise<void>
  /** Where to relay a publishing stream (its enabled multistream destinations); absent: no relays. */
  relays?(streamId: string): Promise<RelayTarget[]>
  /** A relay's state changed (`error`: why it failed). */
  relayState?(streamId: string, relayId: string, state: RelayState, error?: string | null): Promise<void>
  /** A recording part starts (false: refused, e.g. an unknown stream). */
  recordingStarted(streamId: string, recordingId: string, startedAt: Date): Promise<boolean>
  /** `interrupted`: measured after a restart (the part was lost mid-recording). */
  recordingFinished(recordingId: string, durationMs: number, bytes: number, interrupted?: boolean): Promise<void>
  /**
   * The recordings retention removes (the backend marks them deleted), and those this media
   * server lost (still `recording` in the backend, not in `report.recording`): their folders, relative.
   */
  recordingRetention(report: { recording: string[]; since: Date }): Promise<RetentionAnswer>
}

/**
 * The backend's `/live-media/*` routes, called with a one-minute token of
 * scope `live-media` signed with Medusa's JWT secret: the livestream module
 * owns its tables, the media server only reports what encoders do.
 */
export function backendReporter(backendUrl: string, secret: string, timeoutMs = 10_000): IngestReporter {
  const call = async (event: string, body: Record<string, unknown>) => {
    const token = jwt.sign({ scope: "live-media" }, secret, { algorithm: "HS256", expiresIn: 60 })
    const res = await fetch(`${backendUrl.replace(/\/+$/, "")}/live-media/${event}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const data = (await res.json().catch(() => ({}))) as { message?: string; [k: string]: unknown }
    return { ok: res.ok, status: res.status, reason: data.message, data }
  }
  return {
    publish: async (stream_id, key) => {
      const r = await call("publish", { stream_id, key })
      return { ok: r.ok, reason: r.ok ? undefined : `${r.status} ${r.reason ?? ""}`.trim() }
    },
    check: async (stream_id, key) => {
      const r = await call("check", { stream_id, key })
      // only a refusal stops an encoder; a backend that does not answer (5xx) leaves it on
      return { ok: r.ok || r.status >= 500, reason: r.ok ? undefined : `${r.status} ${r.reason ?? ""}`.trim() }
    },
    unpublish: async (stream_id) => void (await call("unpublish", { stream_id })),
    graceOver: async (stream_id) => void (await call("grace-over", { stream_id })),
    relays: async (stream_id) => {
      const r = await call("relays", { stream_id })
      if (!r.ok) throw new Error(`relays: ${r.status} ${r.reason ?? ""}`.trim())
      return (r.data.relays as RelayTarget[] | undefined) ?? []
    },
    relayState: async (stream_id, relay_id, state, error) =>
      void (await call("relay-state", { stream_id, relay_id, state, error: error ?? null })),
    recordingStarted: async (stream_id, recording_id, startedAt) =>
      (await call("recordings/start", { stream_id, recording_id, started_at: startedAt.toISOString() })).ok,
    recordingFinished: async (recording_id, duration_ms, bytes, interrupted) => {
      const r = await call("recordings/finish", { recording_id, duration_ms, bytes, ...(interrupted ? { interrupted: true } : {}) })
      if (!r.ok) throw new Error(`${r.status} ${r.reason ?? ""}`.trim())
    },
    recordingRetention: async (report) => {
      const r = await call("recordings/retention", { recording: report.recording, since: report.since.toISOString() })
      if (!r.ok) throw new Error(`${r.status} ${r.reason ?? ""}`.trim())
      return {
        deleted: (r.data.deleted as RetentionAnswer["deleted"]) ?? [],
        interrupted: (r.data.interrupted as RetentionAnswer["interrupted"]) ?? [],
      }
    },
  }
}
