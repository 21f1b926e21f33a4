import { activeSanction } from "../../modules/livestream/store/moderation"
import type { Db } from "../../modules/livestream/lib/types"

const TTL_MS = 5000

/**
 * Ban status per stream and user, remembered a few seconds so a join storm
 * (thousands of viewers at a stream's start) does not cost a query each. A
 * ban forgets the entry here and removes the user from the room on every
 * gateway at once (see chat:ban); chat checks are never cached.
 */
export class BanCache {
  private entries = new Map<string, { at: number; banned: Promise<boolean> }>()

  constructor(private readonly db: Db) {}

  isBanned(streamId: string, userId: string): Promise<boolean> {
    const key = `${streamId}:${userId}`
    const hit = this.entries.get(key)
    if (hit && Date.now() - hit.at < TTL_MS) {
      return hit.banned
    }
    if (this.entries.size > 50_000) {
      this.entries.clear()
    }
    const banned = activeSanction(this.db, streamId, userId).then((s) => s?.kind === "ban")
    this.entries.set(key, { at: Date.now(), banned })
    banned.catch(() => this.entries.delete(key))
    return banned
  }

  forget(streamId: string, userId: string) {
    this.entries.delete(`${streamId}:${userId}`)
  }
}
