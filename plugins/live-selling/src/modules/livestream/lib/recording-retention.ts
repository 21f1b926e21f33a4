/**
 * Which recordings retention deletes: every one older than `retentionDays`
 * (by its end, or start while still recording), then the oldest first until
 * the rest fits in `maxBytes`. A recording still being made is never chosen.
 * Pure; `null` settings mean no limit of that kind.
 */
export type RetainedRecording = { id: string; startedAt: number; endedAt: number | null; bytes: number; status: string }
export type RetentionSettings = { retentionDays: number | null; maxBytes: number | null }

const DAY_MS = 24 * 60 * 60 * 1000

export function recordingsToDelete(recordings: RetainedRecording[], s: RetentionSettings, now: number): string[] {
  const ready = recordings
    .filter((r) => r.status === "ready")
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1))
  const doomed = new Set<string>()
  if (s.retentionDays !== null) {
    const cutoff = now - s.retentionDays * DAY_MS
    for (const r of ready) if ((r.endedAt ?? r.startedAt) < cutoff) doomed.add(r.id)
  }
  if (s.maxBytes !== null) {
    let total = recordings
      .filter((r) => r.status !== "deleted" && !doomed.has(r.id))
      .reduce((sum, r) => sum + r.bytes, 0)
    for (const r of ready) {
      if (total <= s.maxBytes) break
      if (doomed.has(r.id)) continue
      doomed.add(r.id)
      total -= r.bytes
    }
  }
  return ready.filter((r) => doomed.has(r.id)).map((r) => r.id)
}

/** The settings from the environment: OCOP_LIVE_RECORDING_RETENTION_DAYS, OCOP_LIVE_RECORDING_MAX_BYTES (unset or 0: no limit). */
export function retentionSettings(env: NodeJS.ProcessEnv = process.env): RetentionSettings {
  const positive = (v: string | undefined) => {
    const n = Number(v)
    return v && Number.isFinite(n) && n > 0 ? n : null
  }
  return {
    retentionDays: positive(env.OCOP_LIVE_RECORDING_RETENTION_DAYS),
    maxBytes: positive(env.OCOP_LIVE_RECORDING_MAX_BYTES),
  }
}
