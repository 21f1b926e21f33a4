import { newId } from "../lib/ids"
import type { Db } from "../lib/types"

export type RecordingRow = {
  id: string
  stream_id: string
  path: string
  status: "recording" | "ready" | "failed" | "deleted"
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

/** A part is complete: `recording` → `ready` (or `failed`) with its length and size; null if it was not recording. */
export async function finishRecording(
  db: Db,
  id: string,
  durationMs: number,
  bytes: number,
  status: "ready" | "failed" = "ready"
): Promise<RecordingRow | null> {
  const { rows } = await db.query(
    `UPDATE live_recording SET status = $4, ended_at = now(), duration_ms = $2, bytes = $3::bigint,
       raw_bytes = jsonb_build_object('value', ($3::bigint)::text, 'precision', 20), updated_at = now()
     WHERE id = $1 AND status = 'recording' AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [id, Math.round(durationMs), Math.round(bytes), status]
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
    `UPDATE live_recording SET status = 'deleted', purged_at = now(), updated_at = now()
     WHERE id = ANY($1::text[]) AND status = 'ready' AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [ids]
  )
  return rows
}

/** The latest recordings of every stream (not deleted), with the stream's title, for the admin. */
export async function recentRecordings(db: Db, limit: number): Promise<(RecordingRow & { stream_title: string | null })[]> {
  const { rows } = await db.query(
    `SELECT r.id, r.stream_id, r.path, r.status, r.started_at, r.ended_at, r.duration_ms, r.bytes::float8 AS bytes, s.title_vi AS stream_title
     FROM live_recording r LEFT JOIN live_stream s ON s.id = r.stream_id
     WHERE r.status <> 'deleted' AND r.deleted_at IS NULL ORDER BY r.started_at DESC, r.id DESC LIMIT $1`,
    [limit]
  )
  return rows
}

/** An admin deletes a finished recording (`ready` or `failed`); null if there is none such. Its folder goes at the next retention call. */
export async function deleteFinishedRecording(db: Db, id: string): Promise<RecordingRow | null> {
  const { rows } = await db.query(
    `UPDATE live_recording SET status = 'deleted', updated_at = now()
     WHERE id = $1 AND status IN ('ready', 'failed') AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [id]
  )
  return rows[0] ?? null
}

/** Deleted recordings whose folders the media server has not been told to remove: now it is (each answered once). */
export async function takeUnpurged(db: Db): Promise<RecordingRow[]> {
  const { rows } = await db.query(
    `UPDATE live_recording SET purged_at = now() WHERE status = 'deleted' AND purged_at IS NULL AND deleted_at IS NULL RETURNING ${COLUMNS}`
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
