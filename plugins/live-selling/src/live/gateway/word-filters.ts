import { bannedWords } from "../../modules/livestream/store/moderation"
import type { Db } from "../../modules/livestream/lib/types"
import { compileWordFilter, type Filtered } from "./banned-words"

const TTL_MS = 15_000

/** Compiled banned-word filters per stream (stream + global lists). */
export class WordFilters {
  private cache = new Map<string, { at: number; filter: Promise<(t: string) => Filtered> }>()

  constructor(private readonly db: Db) {}

  get(streamId: string) {
    const hit = this.cache.get(streamId)
    if (hit && Date.now() - hit.at < TTL_MS) {
      return hit.filter
    }
    const filter = bannedWords(this.db, streamId).then(compileWordFilter)
    this.cache.set(streamId, { at: Date.now(), filter })
    filter.catch(() => this.cache.delete(streamId))
    return filter
  }

  invalidate(streamId?: string) {
    streamId ? this.cache.delete(streamId) : this.cache.clear()
  }
}
