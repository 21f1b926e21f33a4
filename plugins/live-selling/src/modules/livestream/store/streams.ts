import type { Db, DbClient, StreamRow } from "../lib/types"

type Q = Db | DbClient

const STREAM_COLUMNS = `id, producer_id, title_vi, title_en, description, scheduled_at,
  started_at, ended_at, status, video_kind, video_url, pinned_product_ids,
  slow_mode_seconds, last_seq`

/** Whether the module's tables exist (migrations ran) in this database. */
export async function liveTablesExist(db: Q): Promise<boolean> {
  return db.query(`SELECT 1 FROM live_stream LIMIT 0`).then(
    () => true,
    () => false
  )
}

export type NewStream = {
  id: string
  producer_id: string
  title_vi: string
  title_en: string | null
  status: "scheduled" | "live" | "ended"
  video_kind: string | null
  video_url: string | null
  slow_mode_seconds: number
}

/** A stream row as given (started now when it is live). */
export async function insertStream(db: Q, s: NewStream): Promise<void> {
  await db.query(
    `INSERT INTO live_stream (id, producer_id, title_vi, title_en, status, video_kind, video_url,
       slow_mode_seconds, started_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $5 = 'live' THEN now() END)`,
    [s.id, s.producer_id, s.title_vi, s.title_en, s.status, s.video_kind, s.video_url, s.slow_mode_seconds]
  )
}

export async function getStream(db: Q, id: string): Promise<StreamRow | null> {
  const { rows } = await db.query(
    `SELECT ${STREAM_COLUMNS} FROM live_stream WHERE id = $1 AND deleted_at IS NULL`,
    [id]
  )
  return rows[0] ?? null
}

/** Moves a stream between statuses; null when it was not in one of `from`. */
export async function transitionStream(
  db: Q,
  id: string,
  from: StreamRow["status"][],
  to: StreamRow["status"]
): Promise<StreamRow | null> {
  const stamp =
    to === "live" ? ", started_at = now()" : to === "ended" ? ", ended_at = now()" : ""
  const { rows } = await db.query(
    `UPDATE live_stream SET status = $3, updated_at = now() ${stamp}
     WHERE id = $1 AND deleted_at IS NULL AND status = ANY($2::text[])
     RETURNING ${STREAM_COLUMNS}`,
    [id, from, to]
  )
  return rows[0] ?? null
}

export async function setPinnedProducts(
  db: Q,
  id: string,
  productIds: string[]
): Promise<StreamRow | null> {
  const { rows } = await db.query(
    `UPDATE live_stream SET pinned_product_ids = $2::jsonb, updated_at = now()
     WHERE id = $1 AND deleted_at IS NULL AND status <> 'ended'
     RETURNING ${STREAM_COLUMNS}`,
    [id, JSON.stringify(productIds)]
  )
  return rows[0] ?? null
}

export async function setSlowMode(
  db: Q,
  id: string,
  seconds: number
): Promise<StreamRow | null> {
  const { rows } = await db.query(
    `UPDATE live_stream SET slow_mode_seconds = $2, updated_at = now()
     WHERE id = $1 AND deleted_at IS NULL RETURNING ${STREAM_COLUMNS}`,
    [id, seconds]
  )
  return rows[0] ?? null
}

/** Raises the durable seq floor (the Redis log persists its counter here). */
export async function raiseSeqFloor(db: Q, id: string, seq: number) {
  await db.query(
    `UPDATE live_stream SET last_seq = $2 WHERE id = $1 AND last_seq < $2`,
    [id, seq]
  )
}

export async function getSeqFloor(db: Q, id: string): Promise<number | null> {
  const { rows } = await db.query(
    `SELECT last_seq FROM live_stream WHERE id = $1`,
    [id]
  )
  return rows[0] ? Number(rows[0].last_seq) : null
}
