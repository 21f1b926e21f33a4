/**
 * Profiling aid: EXPLAIN ANALYZE of the OCOP catalogue statement on a bench
 * database, for a few queries (client round trip medians of 5 runs first).
 * Run: DB=postgres://postgres@127.0.0.1:5432/ocop_bench_cat20k [FULL=1] \
 *   node -r ts-node/register/transpile-only bench/lib/catalog-explain.ts
 */
import { Client } from "pg"
import { catalogueSql } from "../../plugins/ocop/src/modules/ocop/queries/catalogue"
import { validityCutoff } from "../../plugins/ocop/src/modules/ocop/lib/badge"

async function main() {
  const c = new Client({ connectionString: process.env.DB })
  await c.connect()
  if (process.env.WORK_MEM) await c.query(`SET work_mem = '${process.env.WORK_MEM}'`)
  const channels = (await c.query("select array_agg(id) a from sales_channel")).rows[0].a
  const now = new Date()
  const base = { order: "-stars", limit: 20, offset: 0, sales_channel_ids: channels, currency_code: "vnd", cutoff: validityCutoff(now), now, month: 12 }
  for (const [label, filters, order] of [["min_stars=4", { min_stars: 4 }, "-stars"], ["no filter", {}, "-stars"], ["min_stars=4 order=price", { min_stars: 4 }, "price"], ["group=food&district=..", { group: ["food"], district: ["Chi Lăng"] }, "-stars"]] as any[]) {
    const { text, values } = catalogueSql({ ...base, filters, order } as any)
    let i = 0
    let pgText = text.replace(/\?/g, () => `$${++i}`)
    if (process.env.VARIANT === "inline") pgText = pgText.replace("WITH b AS (", "WITH b AS NOT MATERIALIZED (")
    const times: number[] = []
    for (let k = 0; k < 5; k++) {
      const t = process.hrtime.bigint()
      await c.query(pgText, values as any[])
      times.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    const plan = (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${pgText}`, values as any[])).rows.map((r) => r["QUERY PLAN"])
    times.sort((a, b) => a - b)
    console.log(`\n### ${label}: client round trip median ${times[2].toFixed(1)} ms (5 runs)`)
    if (process.env.FULL) console.log(plan.join("\n"))
    else console.log(plan.filter((l: string) => /Execution Time|Planning Time|CTE|SubPlan|InitPlan|Sort Method|Seq Scan|Index/.test(l)).slice(0, 40).join("\n"))
  }
  await c.end()
}
main()
