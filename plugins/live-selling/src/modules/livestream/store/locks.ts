import type { Db, DbClient } from "../lib/types"

/** Advisory lock classes (first key of the two-int form). */
export const LOCK_CLASS = {
  /** An offer's Redis state: claims/releases shared, rebuilds exclusive. */
  offerState: 7301,
  // 7302 was one customer's claims on one offer; the batched claim engines lock the offer row instead
  /** Launching offers of one variant (inventory check and insert). */
  variantOffers: 7303,
} as const

/** FNV-1a, 32-bit signed: a stable advisory lock key for a string. */
export function lockKey(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/**
 * Runs `fn` in a transaction that first takes an advisory lock (BEGIN and
 * the lock go in one round trip; both keys are integers, so nothing user
 * supplied is inlined).
 */
export async function withLockedTransaction<T>(
  db: Db,
  lock: { cls: number; key: string; shared?: boolean },
  fn: (c: DbClient) => Promise<T>
): Promise<T> {
  const c = await db.connect()
  const take = lock.shared ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"
  try {
    await c.query(`BEGIN; SELECT ${take}(${Number(lock.cls) | 0}, ${lockKey(lock.key)})`)
    const result = await fn(c)
    await c.query("COMMIT")
    return result
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined)
    throw e
  } finally {
    c.release()
  }
}
