import { newId } from "../lib/ids"
import type { Db } from "../lib/types"

export type RecordingRow = {
  id: string
  stream_id: string
  path: string
  status: "recording" | "ready" | "deleted"
  started_at: Date
  ended_at: Date | null
  duration_ms: number
  bytes: number
}

const COLUMNS = `id, stream_id, path, status, started_at, ended_at, duration_ms, bytes::float8 AS bytes`

/** A part starts (the media server names it); a repeated report changes nothing. */
export async function insertRecording(db: Db, r: { id: string; streamId: string; path: string; startedAt: Date }) {
  await db.query(
    `INSERT INTO live_recording (id, stream_id, path, status, started_at) VALUES ($1, $2, $3, 'recording', $4)
     ON CONFLICT (id) DO NOTHING`,
    [r.id, r.streamId, r.path, r.startedAt]
  )
}

/** A part is complete: `recording` → `ready` with its length and size; null if it was not recording. */
export async function finishRecording(db: Db, id: string, durationMs: number, bytes: number): Promise<RecordingRow | null> {
  const { rows } = await db.query(
    `UPDATE live_recording SET status = 'ready', ended_at = now(), duration_ms = $2, bytes = $3::bigint,
       raw_bytes = jsonb_build_object('value', ($3::bigint)::text, 'precision', 20), updated_at = now()
     WHERE id = $1 AND status = 'recording' AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [id, Math.round(durationMs), Math.round(bytes)]
  )
  return rows[0] ?? null
}

export async function streamRecordings(db: Db, streamId: string): Promise<RecordingRow[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM live_recording WHERE stream_id = $1 AND deleted_at IS NULL ORDER BY started_at, id`,
    [streamId]
  )
  return rows
}

/** Every recording not yet deleted (what retention weighs). */
export async function keptRecordings(db: Db): Promise<RecordingRow[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM live_recording WHERE status <> 'deleted' AND deleted_at IS NULL ORDER BY started_at, id`
  )
  return rows
}

/** Marks `ids` deleted (their files go); returns those that were ready. */
export async function markRecordingsDeleted(db: Db, ids: string[]): Promise<RecordingRow[]> {
  if (!ids.length) return []
  const { rows } = await db.query(
    `UPDATE live_recording SET status = 'deleted', updated_at = now()
     WHERE id = ANY($1::text[]) AND status = 'ready' AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [ids]
  )
  return rows
}

/** Keeps a replay's event (a copy of the log's, which is pruned within minutes). */
export async function insertTimelineEvent(db: Db, e: { streamId: string; seq: number; ts: number; type: string; payload: unknown }) {
  await db.query(
    `INSERT INTO live_timeline_event (id, stream_id, seq, type, payload, ts) VALUES ($1, $2, $3, $4, $5, to_timestamp($6::float8 / 1000))
     ON CONFLICT (stream_id, seq) WHERE deleted_at IS NULL DO NOTHING`,
    [newId("ltev"), e.streamId, e.seq, e.type, JSON.stringify(e.payload), e.ts]
  )
}

export async function timelineEvents(db: Db, streamId: string) {
  const { rows } = await db.query(
    `SELECT seq, (extract(epoch from ts) * 1000)::float8 AS ts, type, payload FROM live_timeline_event
     WHERE stream_id = $1 AND deleted_at IS NULL ORDER BY seq`,
    [streamId]
  )
  return rows.map((r) => ({ ...r, payload: typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload }))
}
