import type { MedusaContainer } from "@medusajs/framework/types"
import { listBannedWordRows } from "../../../modules/livestream/store/moderation"
import { liveContext } from "../../../live/live-context"

/** A stream's banned words and the global ones (null stream: only global). */
export async function listBannedWords(container: MedusaContainer, streamId: string | null) {
  const rows = await listBannedWordRows(liveContext(container).db, streamId)
  const view = (r: { word: string; action: string }) => ({ word: r.word, action: r.action })
  return {
    words: rows.filter((r) => r.stream_id !== null).map(view),
    global_words: rows.filter((r) => r.stream_id === null).map(view),
  }
}
