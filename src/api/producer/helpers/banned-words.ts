import type { MedusaContainer } from "@medusajs/framework/types"
import { liveContext } from "../../../workflows/live/lib/live-context"

/** A stream's banned words and the global ones (null stream: only global). */
export async function listBannedWords(container: MedusaContainer, streamId: string | null) {
  const { rows } = await liveContext(container).db.query(
    `SELECT word, action, stream_id FROM live_banned_word
     WHERE (stream_id = $1 OR stream_id IS NULL) AND deleted_at IS NULL ORDER BY word`,
    [streamId]
  )
  const view = (r: any) => ({ word: r.word, action: r.action })
  return {
    words: rows.filter((r) => r.stream_id !== null).map(view),
    global_words: rows.filter((r) => r.stream_id === null).map(view),
  }
}
