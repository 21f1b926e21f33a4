import { readdirSync } from "fs"
import { join } from "path"
import { Client, Pool } from "pg"

// Same variables as `npm test` (scripts/test.js) and Medusa's test utils.
function adminUrl() {
  const e = process.env
  if (e.LIVE_TEST_PG_URL) {
    return e.LIVE_TEST_PG_URL
  }
  const user = encodeURIComponent(e.DB_USERNAME || "postgres")
  const password = e.DB_PASSWORD ? `:${encodeURIComponent(e.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${e.DB_HOST || "127.0.0.1"}:${e.DB_PORT || "5432"}/postgres`
}

export const PG_ADMIN_URL = adminUrl()

const MIGRATIONS_DIR = join(__dirname, "../../../src/modules/livestream/migrations")

/** The module's own migrations (what `medusa db:migrate` runs), as SQL. */
export async function livestreamMigrationSql(): Promise<string[]> {
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^Migration\d+\.ts$/.test(f)).sort()
  const out: string[] = []
  for (const f of files) {
    const mod = require(join(MIGRATIONS_DIR, f))
    const Cls = mod[f.replace(/\.ts$/, "")]
    const m = new Cls({ config: { get: () => undefined } }, { get: () => undefined })
    await m.up()
    out.push(...m.getQueries().map((q: unknown) => String(q)))
  }
  return out
}

export type TestDb = { url: string; name: string; db: Pool; drop: () => Promise<void> }

/** A fresh database with the livestream migration (Medusa's own data is in the fake backend). */
export async function createTestDb(area: string): Promise<TestDb> {
  const name = `live_selling_test_${area}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new Client({ connectionString: PG_ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`)
  const db = new Pool({ connectionString: url, max: 30 })
  // Idle clients can get "terminating connection" from DROP ... (FORCE).
  db.on("error", () => undefined)
  for (const sql of await livestreamMigrationSql()) {
    await db.query(sql)
  }
  return {
    url,
    name,
    db,
    drop: async () => {
      await db.end()
      const a = new Client({ connectionString: PG_ADMIN_URL })
      await a.connect()
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await a.end()
    },
  }
}
