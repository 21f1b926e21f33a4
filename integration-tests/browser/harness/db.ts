/** Reads the stack's database directly, to check what the browser caused. */
import { Client } from "pg"
import { waitFor } from "../../helpers/harness"

export async function dbQuery<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end()
  }
}

/** Polls `sql` until `done(rows)` holds (signals are sent in batches, a few seconds apart). */
export async function waitForRows<T = any>(url: string, sql: string, params: unknown[], done: (rows: T[]) => boolean, timeoutMs = 20_000): Promise<T[]> {
  return waitFor(
    async () => {
      const rows = await dbQuery<T>(url, sql, params)
      return done(rows) && rows
    },
    { what: `rows of ${sql}`, timeoutMs, intervalMs: 500 }
  )
}
