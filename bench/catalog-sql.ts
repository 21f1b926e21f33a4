/**
 * catalog-sql: the OCOP catalogue statement alone (`catalogueSql`, what
 * `queryCatalogue` runs for an answer nobody asked before), in PostgreSQL,
 * on the catalog bench's N-product database, against the least any such
 * statement costs in the same run:
 *   floor    SELECT count(*) over the sales channel's published entry rows (one pass, nothing computed)
 *   listing  the same over the listing rows the statement reads (ocop_catalogue_listing, narrow)
 *   jit-off  the statement as the module runs it (`SET LOCAL jit = off`)
 *   jit-on   the same with PostgreSQL's default JIT (what it cost before)
 * Queries rotate per round (floor, off, on, then reversed) so machine noise
 * hits all; medians of the per-round medians are printed with the ratio to
 * the floor.
 * Run: npm run bench -- catalog-sql [--products 20000] [--rounds 4] [--repeat 8]
 * (the database is the catalog bench's: BENCH_DATABASE_URL, built on first use)
 */
import { Client } from "pg"
import { catalogueSql, type CatalogueQuery } from "../plugins/ocop/src/modules/ocop/queries/catalogue"
import type { CatalogueOrder } from "../plugins/ocop/src/modules/ocop/lib/catalogue/types"
import { BENCH_DATABASE_URL, prepareBenchDatabase } from "./lib/catalog-server"
import { machineInfo, median } from "./lib/catalog-load"
import { runMain } from "./lib/run-main"
import { arg } from "./lib/args"

const PRODUCTS = Number(arg("products", "20000"))
const ROUNDS = Number(arg("rounds", "4"))
const REPEAT = Number(arg("repeat", "8"))

const QUERIES: Record<string, { filters: CatalogueQuery["filters"]; order: CatalogueOrder; offset?: number }> = {
  "min_stars=4": { filters: { min_stars: 4 }, order: "-stars" },
  "(none)": { filters: {}, order: "-stars" },
  "group=food, price": { filters: { group: ["food"] }, order: "price" },
  "q=chè": { filters: { q: "chè" }, order: "-stars" },
  "district, title, page 3": { filters: { district: ["Chi Lăng"] }, order: "title", offset: 40 },
  "mark_kind=GI": { filters: { mark_kind: ["geographical_indication"] }, order: "-stars" },
  "in_stock, min 3, -price, page 6": { filters: { in_stock: true, min_stars: 3 }, order: "-price", offset: 100 },
}

type Timed = (c: Client) => Promise<unknown>

async function timeEach(c: Client, run: Timed, repeat: number): Promise<number> {
  await run(c)
  const ms: number[] = []
  for (let i = 0; i < repeat; i++) {
    const t = process.hrtime.bigint()
    await run(c)
    ms.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return median(ms)
}

/** The module's statement in a transaction with JIT set as asked (positional parameters). */
function statement(query: CatalogueQuery, jit: "on" | "off"): Timed {
  const { text, values } = catalogueSql(query)
  let n = 0
  const positional = text.replace(/\?/g, () => `$${++n}`)
  return async (c) => {
    await c.query("BEGIN")
    await c.query(`SET LOCAL jit = ${jit}`)
    await c.query(positional, values)
    await c.query("COMMIT")
  }
}

async function main() {
  console.log(machineInfo())
  await prepareBenchDatabase(PRODUCTS)
  const c = new Client({ connectionString: BENCH_DATABASE_URL })
  await c.connect()
  try {
    const { rows } = await c.query(
      `SELECT sc.sales_channel_id AS id FROM publishable_api_key_sales_channel sc
       JOIN api_key k ON k.id = sc.publishable_key_id WHERE k.type = 'publishable' AND k.revoked_at IS NULL
       ORDER BY sc.sales_channel_id`
    )
    const channels = rows.map((r) => r.id as string)
    const now = new Date()
    const base = {
      limit: 20, offset: 0, sales_channel_ids: channels, currency_code: "vnd",
      cutoff: new Date(now.toISOString().slice(0, 10)), now, month: now.getUTCMonth() + 1, locale: "vi",
    }
    const floor: Timed = (c) =>
      c.query(
        `SELECT count(*) FROM ocop_catalogue_entry WHERE deleted_at IS NULL AND status = 'published' AND sales_channel_ids && $1::text[]`,
        [`{${channels.join(",")}}`]
      )
    const listing: Timed = (c) =>
      c.query(`SELECT count(*) FROM ocop_catalogue_listing WHERE sales_channel_ids && $1::text[]`, [`{${channels.join(",")}}`])
    const results: Record<string, { floor: number[]; listing: number[]; off: number[]; on: number[] }> = {}
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, q] of Object.entries(QUERIES)) {
        const query: CatalogueQuery = { ...base, filters: q.filters, order: q.order, offset: q.offset ?? 0 }
        const r = (results[name] ??= { floor: [], listing: [], off: [], on: [] })
        const order = round % 2 ? (["on", "off", "listing", "floor"] as const) : (["floor", "listing", "off", "on"] as const)
        for (const which of order) {
          const run = which === "floor" ? floor : which === "listing" ? listing : statement(query, which)
          r[which].push(await timeEach(c, run, REPEAT))
        }
      }
      console.log(`round ${round + 1}/${ROUNDS} done, load average ${require("os").loadavg()[0].toFixed(1)}`)
    }
    console.log(`\n${PRODUCTS} products, ${channels.length} sales channel(s), ${ROUNDS} rounds × ${REPEAT} runs (medians, ms)`)
    console.log("query".padEnd(34), "floor".padStart(8), "listing".padStart(8), "jit off".padStart(9), "jit on".padStart(9), " off/floor  off/listing  on/off")
    for (const [name, r] of Object.entries(results)) {
      const [f, l, off, on] = [median(r.floor), median(r.listing), median(r.off), median(r.on)]
      console.log(
        name.padEnd(34), f.toFixed(1).padStart(8), l.toFixed(1).padStart(8), off.toFixed(1).padStart(9), on.toFixed(1).padStart(9),
        `${(off / f).toFixed(1)}×`.padStart(10), `${(off / l).toFixed(1)}×`.padStart(12), `${(on / off).toFixed(1)}×`.padStart(7)
      )
    }
  } finally {
    await c.end()
  }
}

runMain(main, { timeLimitMs: 30 * 60_000 })
