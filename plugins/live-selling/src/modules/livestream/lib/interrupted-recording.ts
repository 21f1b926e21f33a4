/**
 * Recordings a media server lost (#14): it died mid-recording, so the part
 * was never reported finished and would stay `recording` forever. When the
 * media server starts, and at each retention call, it says which parts it is
 * recording and since when it runs; a `recording` part it is not recording
 * is interrupted if it started more than a minute ago (a part just started
 * may not be reported yet) or before this media server started (it cannot
 * be one of its own). Pure.
 */
export const INTERRUPTED_AFTER_MS = 60_000

export type OpenRecording = { id: string; status: string; startedAt: number }

export function interruptedRecordings(
  rows: OpenRecording[],
  o: { recording: string[]; since: number | null; now: number }
): string[] {
  const active = new Set(o.recording)
  return rows
    .filter((r) => r.status === "recording" && !active.has(r.id))
    .filter((r) => r.startedAt < o.now - INTERRUPTED_AFTER_MS || (o.since !== null && r.startedAt < o.since))
    .map((r) => r.id)
}

/** What an interrupted part becomes: `ready` if the media server found media in its folder, else `failed`. */
export function interruptedOutcome(durationMs: number, bytes: number): "ready" | "failed" {
  return durationMs > 0 && bytes > 0 ? "ready" : "failed"
}
