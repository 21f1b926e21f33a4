import { ID_PREFIX, newId } from "../lib/ids"
import type { Db } from "../lib/types"

export type Sanction = { kind: "mute" | "ban"; until: Date | null }

/** The strongest active sanction on a user in a stream (or globally). */
export async function activeSanction(
  db: Db,
  streamId: string,
  userId: string
): Promise<Sanction | null> {
  const { rows } = await db.query(
    `SELECT kind, until FROM live_moderation
     WHERE user_id = $1 AND (stream_id = $2 OR stream_id IS NULL) AND deleted_at IS NULL
       AND (kind = 'ban' OR until > now())
     ORDER BY (kind = 'ban') DESC, until DESC NULLS FIRST LIMIT 1`,
    [userId, streamId]
  )
  return rows[0] ?? null
}

/** Replaces a user's mute in a stream; returns when it ends. */
export async function muteUser(
  db: Db,
  m: { streamId: string; userId: string; minutes: number; by: string }
): Promise<Date> {
  await db.query(
    `UPDATE live_moderation SET deleted_at = now() WHERE stream_id = $1 AND user_id = $2
       AND kind = 'mute' AND deleted_at IS NULL`,
    [m.streamId, m.userId]
  )
  const { rows } = await db.query(
    `INSERT INTO live_moderation (id, stream_id, user_id, kind, until, created_by)
     VALUES ($1, $2, $3, 'mute', now() + make_interval(mins => $4), $5) RETURNING until`,
    [newId(ID_PREFIX.moderation), m.streamId, m.userId, m.minutes, m.by]
  )
  return rows[0].until
}

export async function banUser(
  db: Db,
  m: { streamId: string; userId: string; by: string; reason?: string | null }
): Promise<void> {
  await db.query(
    `INSERT INTO live_moderation (id, stream_id, user_id, kind, reason, created_by)
     SELECT $1, $2, $3, 'ban', $4, $5 WHERE NOT EXISTS (
       SELECT 1 FROM live_moderation WHERE stream_id = $2 AND user_id = $3
         AND kind = 'ban' AND deleted_at IS NULL)`,
    [newId(ID_PREFIX.moderation), m.streamId, m.userId, m.reason ?? null, m.by]
  )
}

export type BannedWord = { word: string; action: "mask" | "block" }

/** The stream's banned words plus the global ones. */
export async function bannedWords(db: Db, streamId: string): Promise<BannedWord[]> {
  const { rows } = await db.query(
    `SELECT word, action FROM live_banned_word
     WHERE (stream_id = $1 OR stream_id IS NULL) AND deleted_at IS NULL`,
    [streamId]
  )
  return rows
}

/** Replaces a stream's (or, with null, the global) banned word list. */
export async function setBannedWords(
  db: Db,
  streamId: string | null,
  words: BannedWord[]
): Promise<void> {
  await db.query(
    `UPDATE live_banned_word SET deleted_at = now()
     WHERE stream_id IS NOT DISTINCT FROM $1 AND deleted_at IS NULL`,
    [streamId]
  )
  for (const w of words) {
    await db.query(
      `INSERT INTO live_banned_word (id, stream_id, word, action) VALUES ($1, $2, $3, $4)`,
      [newId(ID_PREFIX.bannedWord), streamId, w.word, w.action]
    )
  }
}

/** A stream's banned words and the global ones (null stream: only global), by word. */
export async function listBannedWordRows(
  db: Db,
  streamId: string | null
): Promise<(BannedWord & { stream_id: string | null })[]> {
  const { rows } = await db.query(
    `SELECT word, action, stream_id FROM live_banned_word
     WHERE (stream_id = $1 OR stream_id IS NULL) AND deleted_at IS NULL ORDER BY word`,
    [streamId]
  )
  return rows
}
