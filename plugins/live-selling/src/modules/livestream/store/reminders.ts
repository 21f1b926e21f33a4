import type { Db } from "../lib/types"

export type ReminderRow = { id: string; stream_id: string; email: string; customer_id: string | null; locale: string }

/**
 * Marks a live stream's unsent reminders as sent and returns them, in one
 * statement: of two callers (the start event, the catch-up job), only one
 * gets each reminder. Nothing for a stream that is not live.
 */
export async function claimUnsentReminders(db: Db, streamId: string): Promise<ReminderRow[]> {
  const { rows } = await db.query(
    `UPDATE live_reminder r SET notified_at = now(), updated_at = now()
     FROM live_stream s
     WHERE r.stream_id = $1 AND s.id = r.stream_id AND s.status = 'live'
       AND r.notified_at IS NULL AND r.deleted_at IS NULL
     RETURNING r.id, r.stream_id, r.email, r.customer_id, r.locale`,
    [streamId]
  )
  return rows
}

/** Puts claimed reminders back (compensation when sending failed). */
export async function unclaimReminders(db: Db, ids: string[]): Promise<void> {
  if (!ids.length) return
  await db.query(`UPDATE live_reminder SET notified_at = NULL WHERE id = ANY($1::text[])`, [ids])
}

/** Live streams that still have unsent reminders (the catch-up job's work). */
export async function streamsWithUnsentReminders(db: Db): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT DISTINCT r.stream_id FROM live_reminder r JOIN live_stream s ON s.id = r.stream_id
     WHERE s.status = 'live' AND r.notified_at IS NULL AND r.deleted_at IS NULL`
  )
  return rows.map((r: { stream_id: string }) => r.stream_id)
}

/** How many reminders each stream has (streams without any are absent). */
export async function countReminders(db: Db, streamIds: string[]): Promise<Record<string, number>> {
  if (!streamIds.length) return {}
  const { rows } = await db.query(
    `SELECT stream_id, count(*)::int AS n FROM live_reminder
     WHERE stream_id = ANY($1::text[]) AND deleted_at IS NULL GROUP BY stream_id`,
    [streamIds]
  )
  return Object.fromEntries(rows.map((r: { stream_id: string; n: number }) => [r.stream_id, r.n]))
}
