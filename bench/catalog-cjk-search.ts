/**
 * Short Chinese searches on the OCOP catalogue read model: ROWS (default
 * 5,000) generated rows in a database of their own (the module's migrations
 * only), then the catalogue statement for a few `q` (client round trip median
 * of 7 runs, and the plan's scans from EXPLAIN ANALYZE), against the
 * statement without issue 16's bigrams (baseline: each word a LIKE on the
 * rows as they are read, which pg_trgm cannot index for 2 Chinese characters).
 * Run: npm run bench -- catalog-cjk-search
 * (PG=postgres://postgres@127.0.0.1:5432, DB_NAME=ocop_bench_cjk)
 */
import { Client } from "pg"
import { catalogueSql } from "../plugins/ocop/src/modules/ocop/queries/catalogue"
import { SYNC_LISTING_SQL } from "../plugins/ocop/src/modules/ocop/queries/catalogue-listing"
import { searchTextOf, searchWords, wordPattern } from "../plugins/ocop/src/modules/ocop/lib/catalogue/text"
import * as migrations from "./lib/catalog-cjk-migrations"

const PG = process.env.PG ?? "postgres://postgres@127.0.0.1:5432"
const DB_NAME = process.env.DB_NAME ?? "ocop_bench_cjk"
const ROWS = Number(process.env.ROWS ?? 5000)
const ZH = ["谅山", "支陵", "文关", "北山", "番荔枝", "蜂蜜", "鸭脚木", "米酒", "烤鸭", "板栗", "绿茶", "乌龙茶", "黄皮橘", "糯米", "米线", "扣肉", "腊肠", "凉粉", "夏威夷果", "柿"]
const VI = ["Na", "Quýt", "Hồng", "Trám", "Chè", "Mật ong", "Thạch đen", "Mắc ca", "Rượu", "Bánh", "Vịt quay"]

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One row in 50 is a star anise product (八角); the rest pick other words. */
function row(i: number, rnd: () => number) {
  const pick = (words: string[]) => words[Math.floor(rnd() * words.length)]
  const zh = `${pick(ZH)}${i % 50 === 0 ? "八角" : pick(ZH)}${pick(ZH)}（${i}）`
  const vi = `${pick(VI)} ${pick(VI)} ${i}`
  return { id: `occe_${i}`, product_id: `prod_${String(i).padStart(6, "0")}`, title: vi, handle: `bench-${i}`, zh, vi }
}

async function setUp() {
  const admin = new Client({ connectionString: `${PG}/postgres` })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}`)
  await admin.query(`CREATE DATABASE ${DB_NAME}`)
  await admin.end()
  const c = new Client({ connectionString: `${PG}/${DB_NAME}` })
  await c.connect()
  for (const statement of await migrations.catalogueStatements()) await c.query(statement)
  const rnd = random(16)
  for (let start = 0; start < ROWS; start += 500) {
    const rows = Array.from({ length: Math.min(500, ROWS - start) }, (_, k) => row(start + k, rnd))
    const entries = rows.map((r) => migrations.searchColumns(r, searchTextOf([r.vi, r.zh])))
    await c.query(
      `INSERT INTO ocop_catalogue_entry (id, product_id, status, sales_channel_ids, title, handle, search_text, titles, product_created_at ${migrations.extraColumns})
       SELECT x.id, x.product_id, 'published', '{sc_bench}', x.title, x.handle, x.search_text, x.titles, now() ${migrations.extraValues}
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, product_id text, title text, handle text, search_text text, titles jsonb ${migrations.extraTypes})`,
      [JSON.stringify(entries)]
    )
  }
  // the listing rows the statement reads, derived as the module's service derives them
  const ids = `{${Array.from({ length: ROWS }, (_, i) => row(i, () => 0).product_id).join(",")}}`
  let n = 0
  await c.query(SYNC_LISTING_SQL.replace(/\?/g, () => `$${++n}`), [ids, ids])
  await c.query(`VACUUM ANALYZE ocop_catalogue_entry`)
  await c.query(`VACUUM ANALYZE ocop_catalogue_listing`)
  return c
}

/** The statement without bigrams: each word a LIKE on the rows as they are read. */
function baselineSql(base: object, q: string) {
  const { text, values } = catalogueSql({ ...base, filters: {} } as any)
  const likes = searchWords(q).map((w) => `b.search_text LIKE '${wordPattern(w)}'`).join(" AND ")
  return { text: text.replace(/AND TRUE\n  OFFSET 0/, `AND (${likes})\n  OFFSET 0`), values }
}

async function main() {
  const c = await setUp()
  const now = new Date()
  const base = { order: "-stars", limit: 20, offset: 0, sales_channel_ids: ["sc_bench"], currency_code: "vnd", cutoff: now, now, month: 12 }
  console.log(`${ROWS} rows (${Math.ceil(ROWS / 50)} with 八角)`)
  for (const [variant, q] of (["八角", "八角油", "谅山", "mat ong"] as const).flatMap((q) => [["baseline", q], ["bigrams", q]])) {
    const { text, values } = variant === "bigrams" ? catalogueSql({ ...base, filters: { q } } as any) : baselineSql(base, q)
    let i = 0
    const pgText = text.replace(/\?/g, () => `$${++i}`)
    const times: number[] = []
    let count = 0
    for (let k = 0; k < 7; k++) {
      const t = process.hrtime.bigint()
      count = (await c.query(pgText, values as any[])).rows[0].count
      times.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    const plan = (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${pgText}`, values as any[])).rows.map((r) => r["QUERY PLAN"])
    times.sort((a, b) => a - b)
    console.log(`\n### ${variant} q=${q}: ${count} found, client round trip median ${times[3].toFixed(1)} ms (7 runs)`)
    console.log(plan.filter((l: string) => /Execution Time|Seq Scan|Index|Bitmap|Rows Removed/.test(l)).slice(0, 12).join("\n"))
  }
  await c.end()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
