import { randomBytes } from "crypto"
import { readdirSync } from "fs"
import { join } from "path"
import { Client, Pool } from "pg"

const MIGRATIONS = join(__dirname, "../../plugins/live-selling/src/modules/livestream/migrations")

export const ADMIN_URL =
  process.env.BENCH_PG_URL ??
  `postgres://${process.env.DB_USERNAME || "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST || "127.0.0.1"}:${process.env.DB_PORT || "5432"}/postgres`
export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"

async function migrationSql() {
  const out: string[] = []
  for (const f of readdirSync(MIGRATIONS).filter((x) => /^Migration\d+\.ts$/.test(x)).sort()) {
    const Cls = require(join(MIGRATIONS, f))[f.replace(/\.ts$/, "")]
    const m = new Cls({ config: { get: () => undefined } }, { get: () => undefined })
    await m.up()
    out.push(...m.getQueries().map(String))
  }
  return out
}

/** A throwaway database with the live tables (Medusa itself is the fake backend of `live-backend.ts`). */
export async function benchDb(area: string) {
  const name = `ocop_live_bench_${area}_${randomBytes(3).toString("hex")}`
  const admin = new Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`)
  const db = new Pool({ connectionString: url, max: 20 })
  db.on("error", () => undefined)
  for (const q of await migrationSql()) {
    await db.query(q)
  }
  return {
    url,
    db,
    drop: async () => {
      await db.end()
      const a = new Client({ connectionString: ADMIN_URL })
      await a.connect()
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await a.end()
    },
  }
}

export async function benchStream(db: Pool, producerId = "prod_bench") {
  const id = `lstr_bench_${randomBytes(4).toString("hex")}`
  await db.query(
    `INSERT INTO live_stream (id, producer_id, title_vi, status) VALUES ($1, $2, 'Bench', 'live')`,
    [id, producerId]
  )
  return id
}

export async function benchOffer(db: Pool, streamId: string, quantity: number, perCustomerLimit = 1) {
  const id = `loff_bench_${randomBytes(4).toString("hex")}`
  await db.query(
    `INSERT INTO live_offer (id, stream_id, variant_id, product_id, title, price, quantity,
       per_customer_limit, starts_at, ends_at, status)
     VALUES ($1, $2, 'variant_b', 'prod_b', 'Bench offer', 99000, $3, $4, now() - interval '1 second',
       now() + interval '1 hour', 'live')`,
    [id, streamId, quantity, perCustomerLimit]
  )
  return id
}

/** Removes the bench's Redis keys (`prefix*`) and disconnects. */
export async function dropRedisPrefix(redis: { keys(p: string): Promise<string[]>; del(...k: string[]): Promise<number>; disconnect(): void }, prefix: string) {
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length) {
    await redis.del(...keys)
  }
  redis.disconnect()
}
