import type { Db, DbClient } from "../lib/types"

/** Runs `fn` in a transaction on one pooled client; rolls back on throw. */
export async function withTransaction<T>(
  db: Db,
  fn: (client: DbClient) => Promise<T>
): Promise<T> {
  const client = await db.connect()
  try {
    await client.query("BEGIN")
    const result = await fn(client)
    await client.query("COMMIT")
    return result
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined)
    throw e
  } finally {
    client.release()
  }
}

/** Thrown inside `withTransaction` to roll back and hand a value out. */
export class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super("rollback")
  }
}

export async function withRollbackValue<T>(
  db: Db,
  fn: (client: DbClient) => Promise<T>
): Promise<T> {
  try {
    return await withTransaction(db, fn)
  } catch (e) {
    if (e instanceof Rollback) {
      return e.value as T
    }
    throw e
  }
}
