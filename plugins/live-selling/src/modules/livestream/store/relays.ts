import { newId } from "../lib/ids"
import type { RelayPlatform, RelayState } from "../lib/relay-destination"
import type { Db, DbClient } from "../lib/types"

type Q = Db | DbClient

export type RelayRow = {
  id: string
  stream_id: string
  platform: RelayPlatform
  url: string
  /** Stored form: `v1:…` encrypted, or a legacy plaintext key. */
  stream_key: string
  stream_key_hint: string
  enabled: boolean
  state: RelayState
  last_error: string | null
  updated_at: Date
}

const COLUMNS = `id, stream_id, platform, url, stream_key, stream_key_hint, enabled, state, last_error, updated_at`
const LIVE = `deleted_at IS NULL`

export async function listRelays(db: Q, streamId: string, onlyEnabled = false): Promise<RelayRow[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM live_relay_destination WHERE stream_id = $1 AND ${LIVE}${onlyEnabled ? " AND enabled" : ""}
     ORDER BY created_at, id`,
    [streamId]
  )
  return rows
}

export async function countRelays(db: Q, streamId: string): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM live_relay_destination WHERE stream_id = $1 AND ${LIVE}`, [streamId])
  return rows[0].n
}

export async function insertRelay(
  db: Q,
  r: { streamId: string; platform: RelayPlatform; url: string; streamKey: string; streamKeyHint: string; enabled: boolean }
): Promise<RelayRow> {
  const { rows } = await db.query(
    `INSERT INTO live_relay_destination (id, stream_id, platform, url, stream_key, stream_key_hint, enabled) VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING ${COLUMNS}`,
    [newId("lrly"), r.streamId, r.platform, r.url, r.streamKey, r.streamKeyHint, r.enabled]
  )
  return rows[0]
}

/** Enables or disables a destination of the stream; null when it has no such destination. */
export async function setRelayEnabled(db: Q, streamId: string, id: string, enabled: boolean): Promise<RelayRow | null> {
  const { rows } = await db.query(
    `UPDATE live_relay_destination SET enabled = $3, updated_at = now() WHERE id = $1 AND stream_id = $2 AND ${LIVE}
     RETURNING ${COLUMNS}`,
    [id, streamId, enabled]
  )
  return rows[0] ?? null
}

/** Soft-deletes a destination of the stream; false when it has no such destination. */
export async function deleteRelay(db: Q, streamId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE live_relay_destination SET deleted_at = now(), updated_at = now() WHERE id = $1 AND stream_id = $2 AND ${LIVE}`,
    [id, streamId]
  )
  return (rowCount ?? 0) > 0
}

/** The media server's report on a destination's relay; false when it has no such destination (deleted meanwhile). */
export async function setRelayState(db: Q, streamId: string, id: string, state: RelayState, error: string | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE live_relay_destination SET state = $3, last_error = $4, updated_at = now() WHERE id = $1 AND stream_id = $2 AND ${LIVE}`,
    [id, streamId, state, error]
  )
  return (rowCount ?? 0) > 0
}
