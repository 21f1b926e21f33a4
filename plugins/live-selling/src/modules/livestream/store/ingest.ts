import { newId } from "../lib/ids"
import type { Db, DbClient } from "../lib/types"

type Q = Db | DbClient

export type IngestRow = {
  id: string
  stream_id: string
  key_nonce: string
  key_hash: string
  status: "idle" | "publishing" | "reconnecting"
  last_publish_at: Date | null
  last_unpublish_at: Date | null
}

const COLUMNS = `id, stream_id, key_nonce, key_hash, status, last_publish_at, last_unpublish_at`

export async function getIngest(db: Q, streamId: string): Promise<IngestRow | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM live_ingest WHERE stream_id = $1 AND deleted_at IS NULL`,
    [streamId]
  )
  return rows[0] ?? null
}

/** Sets the stream's key (its nonce and hash): the first one, or a rotation. */
export async function saveIngestKey(db: Q, streamId: string, nonce: string, keyHash: string): Promise<IngestRow> {
  const { rows } = await db.query(
    `INSERT INTO live_ingest (id, stream_id, key_nonce, key_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (stream_id) WHERE deleted_at IS NULL
     DO UPDATE SET key_nonce = EXCLUDED.key_nonce, key_hash = EXCLUDED.key_hash, updated_at = now()
     RETURNING ${COLUMNS}`,
    [newId("ling"), streamId, nonce, keyHash]
  )
  return rows[0]
}

/** The encoder publishes: `publishing` from any status. */
export async function markPublishing(db: Q, streamId: string): Promise<void> {
  await db.query(
    `UPDATE live_ingest SET status = 'publishing', last_publish_at = now(), updated_at = now()
     WHERE stream_id = $1 AND deleted_at IS NULL`,
    [streamId]
  )
}

/** The encoder stopped: `publishing` → `reconnecting` (the grace period); false if it was not publishing. */
export async function markReconnecting(db: Q, streamId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE live_ingest SET status = 'reconnecting', last_unpublish_at = now(), updated_at = now()
     WHERE stream_id = $1 AND deleted_at IS NULL AND status = 'publishing'`,
    [streamId]
  )
  return (rowCount ?? 0) > 0
}

/** The grace period ran out: `reconnecting` → `idle`; false when the encoder came back meanwhile. */
export async function markIdleAfterGrace(db: Q, streamId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE live_ingest SET status = 'idle', updated_at = now()
     WHERE stream_id = $1 AND deleted_at IS NULL AND status = 'reconnecting'`,
    [streamId]
  )
  return (rowCount ?? 0) > 0
}

/** Points the stream's video at the media server (kind `shop`). */
export async function setShopVideo(db: Q, streamId: string, url: string): Promise<void> {
  await db.query(
    `UPDATE live_stream SET video_kind = 'shop', video_url = $2, updated_at = now()
     WHERE id = $1 AND deleted_at IS NULL`,
    [streamId, url]
  )
}

/** An admin stopped the ingest: `idle` at once, whatever it was (no grace period). */
export async function markStopped(db: Q, streamId: string): Promise<void> {
  await db.query(
    `UPDATE live_ingest SET status = 'idle', last_unpublish_at = now(), updated_at = now()
     WHERE stream_id = $1 AND deleted_at IS NULL`,
    [streamId]
  )
}
