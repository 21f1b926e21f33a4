import type { Db } from "../lib/types"

export async function insertMessage(
  db: Db,
  m: { id: string; streamId: string; userId: string; name: string; role: string; text: string }
): Promise<void> {
  await db.query(
    `INSERT INTO live_chat_message (id, stream_id, user_id, name, role, text)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [m.id, m.streamId, m.userId, m.name, m.role, m.text]
  )
}

export async function getMessageStream(db: Db, id: string): Promise<string | null> {
  const { rows } = await db.query(
    `SELECT stream_id FROM live_chat_message WHERE id = $1 AND deleted_at IS NULL`,
    [id]
  )
  return rows[0]?.stream_id ?? null
}

/** Soft-deletes a message; false when it was already gone. */
export async function deleteMessage(db: Db, id: string, by: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE live_chat_message SET deleted_at = now(), deleted_by = $2, updated_at = now()
     WHERE id = $1 AND deleted_at IS NULL`,
    [id, by]
  )
  return (rowCount ?? 0) > 0
}

export async function recentMessages(db: Db, streamId: string, limit = 50) {
  const { rows } = await db.query(
    `SELECT id, user_id, name, role, text, created_at FROM live_chat_message
     WHERE stream_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC LIMIT $2`,
    [streamId, limit]
  )
  return rows.reverse()
}
