import type { LiveEvent } from "../../modules/livestream/events/types"
import { getStream } from "../../modules/livestream/store/streams"
import type { Db, StreamRow } from "../../modules/livestream/lib/types"

const TTL_MS = 5000

/** Streams as chat checks need them, refreshed by the stream's own events. */
export class StreamCache {
  private cache = new Map<string, { at: number; row: Promise<StreamRow | null> }>()

  constructor(private readonly db: Db) {}

  get(streamId: string): Promise<StreamRow | null> {
    const hit = this.cache.get(streamId)
    if (hit && Date.now() - hit.at < TTL_MS) {
      return hit.row
    }
    const row = getStream(this.db, streamId)
    this.cache.set(streamId, { at: Date.now(), row })
    row.catch(() => this.cache.delete(streamId))
    return row
  }

  onEvent(e: LiveEvent) {
    if (e.type === "stream:status" || e.type === "stream:video" || e.type === "chat:slowmode" || e.type === "product:pinned") {
      this.cache.delete(e.streamId)
    }
  }
}
