/**
 * demand: ingestion of demand events and the dashboard's queries.
 *   raw      one multi-row INSERT … VALUES per batch of prebuilt rows (pg client, autocommit):
 *            the baseline; also raw-unnest, the same rows as one INSERT … SELECT FROM unnest
 *            (one array per column), for context
 *   ingest   the ingestion code path without HTTP: parseDemandBatch (zod, per-kind
 *            rules, time window) → toEventRow (ISO week, normalised query) →
 *            DemandModuleService.recordEvents (one INSERT … SELECT FROM unnest in a
 *            transaction through the module's knex), the module loaded as Medusa loads it
 * All three write the same events in batches of 500 into the same table, taking turns
 * block by block (the baselines' rows are tagged "demo" and deleted afterwards). Then the
 * dashboard's queries run over the ingestion path's events: rollup refresh (full, then
 * incremental) and the rollup reads, with the same read on the raw table for scale.
 * Run: npm run bench -- demand [--events 1000000] [--budget 1500] [--keep]
 */
import os from "os"
import { Client } from "pg"
import { addWeeks, isoWeekOf, MAX_BATCH, parseDemandBatch, toEventRow } from "../plugins/ocop/src/modules/demand/lib"
import { EVENT_COLUMNS } from "../plugins/ocop/src/modules/demand/queries/insert-events"
import { machineInfo, percentile } from "./lib/machine"
import { benchUrl, createBenchDb, dropBenchDb, loadDemandModule } from "./lib/demand-setup"
import { eventBatches, PRODUCTS } from "./lib/demand-data"
import { runMain } from "./lib/run-main"
import { arg } from "./lib/args"

const EVENTS = Number(arg("events", "1000000"))
const BUDGET_S = Number(arg("budget", "1500"))
const KEEP = process.argv.includes("--keep")
const started = Date.now()
const elapsed = () => (Date.now() - started) / 1000
const ms = (n: number) => `${n.toFixed(1).padStart(8)} ms`

const UNNEST_SQL = `INSERT INTO demand_event (${EVENT_COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::bigint[], $12::text[], $13::text[], $14::text[])`

function rawInsertSql(rows: number) {
  const cols = EVENT_COLUMNS.length
  const values = Array.from({ length: rows }, (_, r) => `(${EVENT_COLUMNS.map((_, c) => `$${r * cols + c + 1}`).join(", ")})`)
  return `INSERT INTO demand_event (${EVENT_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}`
}

/** `run` inserts a block of batches and answers the milliseconds it timed. */
type Phase = { name: string; events: number; ms: number; run: (batches: unknown[][]) => Promise<number> }

const since = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6

/**
 * The three phases take turns, block by block (10,000 events), rotating
 * which goes first, so that the shared machine's changing load and the
 * table's growth fall on all three alike. Event generation and, for the
 * baselines, row building are not timed. Stops at the time budget.
 */
async function ingestInterleaved(phases: Phase[], now: Date) {
  const deadline = Date.now() + BUDGET_S * 0.6 * 1000
  let block: unknown[][] = []
  let done = 0
  let turn = 0
  const runBlock = async () => {
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[(turn + i) % phases.length]
      phase.ms += await phase.run(block)
      phase.events += block.reduce((a, b) => a + b.length, 0)
    }
    done += block.reduce((a, b) => a + b.length, 0)
    turn++
    block = []
    if (done % 200000 === 0) console.log(`  ${done.toLocaleString("en-US")} events each, elapsed ${elapsed().toFixed(0)} s`)
  }
  for (const batch of eventBatches(EVENTS, MAX_BATCH, now)) {
    block.push(batch)
    if (block.length === 20) {
      await runBlock()
      if (Date.now() > deadline) {
        console.log(`  time budget reached after ${done} events each`)
        return
      }
    }
  }
  if (block.length) await runBlock()
}

async function timeIt(runs: number, fn: () => Promise<unknown>) {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs }
}

async function main() {
  console.log(`demand bench — ${machineInfo()}`)
  console.log(`load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (shared machine: other processes were running)`)
  await createBenchDb()
  const { service, close } = await loadDemandModule(benchUrl())
  const db = new Client({ connectionString: benchUrl() })
  await db.connect()
  const now = new Date()
  try {
    console.log(`\nIngestion of ${EVENTS.toLocaleString("en-US")} events, batches of ${MAX_BATCH}, three ways into the same demand_event table`)
    const rowsOf = (batch: unknown[]) => batch.map((e: any) => toEventRow(e, "demo"))
    const phases: Phase[] = [
      {
        name: "raw",
        events: 0,
        ms: 0,
        run: async (batches) => {
          const prepared = batches.map((b) => {
            const rows = rowsOf(b) as any[]
            return { sql: rawInsertSql(rows.length), values: rows.flatMap((r) => EVENT_COLUMNS.map((c) => r[c])) }
          })
          const t0 = process.hrtime.bigint()
          for (const { sql, values } of prepared) await db.query(sql, values)
          return since(t0)
        },
      },
      {
        name: "raw-unnest",
        events: 0,
        ms: 0,
        run: async (batches) => {
          const prepared = batches.map((b) => {
            const rows = rowsOf(b) as any[]
            return EVENT_COLUMNS.map((c) => rows.map((r) => r[c]))
          })
          const t0 = process.hrtime.bigint()
          for (const columns of prepared) await db.query(UNNEST_SQL, columns)
          return since(t0)
        },
      },
      {
        name: "ingest",
        events: 0,
        ms: 0,
        run: async (batches) => {
          const t0 = process.hrtime.bigint()
          for (const batch of batches) {
            const parsed = parseDemandBatch({ events: batch }, now)
            if (!parsed.ok) throw new Error(parsed.errors.join("; "))
            await service.recordEvents(parsed.events.map((e) => toEventRow(e, "store")))
          }
          return since(t0)
        },
      },
    ]
    await ingestInterleaved(phases, now)
    const rate = (p: Phase) => p.events / (p.ms / 1000)
    for (const p of phases) {
      console.log(`  ${p.name.padEnd(10)} ${p.events.toLocaleString("en-US").padStart(10)} events in ${(p.ms / 1000).toFixed(1).padStart(6)} s = ${rate(p).toFixed(0).padStart(7)} events/s`)
    }
    const [raw, unnest, path] = phases
    console.log(`  ratio ingest/raw (VALUES): ${(rate(path) / rate(raw)).toFixed(2)}; ingest/raw-unnest: ${(rate(path) / rate(unnest)).toFixed(2)}`)
    // the baselines' rows go; the dashboard queries run over the ingestion path's events
    await db.query(`DELETE FROM demand_event WHERE source = 'demo'`)
    await db.query(`VACUUM demand_event`)
    await db.query(`TRUNCATE demand_rollup_dirty`)
    await db.query(`INSERT INTO demand_rollup_dirty (week) SELECT DISTINCT week FROM demand_event`)
    await db.query(`ANALYZE demand_event`)
    const size = (await db.query(`SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size('demand_event')) AS size FROM demand_event`)).rows[0]
    console.log(`\nDashboard queries over ${size.n.toLocaleString("en-US")} events (demand_event ${size.size}, ANALYZE run first)`)
    const full = await timeIt(1, () => service.refreshWeeklyRollup())
    const weekly = (await db.query(`SELECT count(*)::int AS n FROM demand_weekly`)).rows[0].n
    console.log(`  rollup, full rebuild (first run)        ${ms(full.p50)}   → ${weekly} rollup rows`)
    const current = isoWeekOf(now)
    const latest = [...eventBatches(MAX_BATCH, MAX_BATCH, now, 99)][0]
    const incremental = await timeIt(10, async () => {
      const parsed = parseDemandBatch({ events: latest.map((e: any) => ({ ...e, occurred_at: now.toISOString() })) }, new Date())
      if (parsed.ok) await service.recordEvents(parsed.events.map((e) => toEventRow(e, "store")))
      await service.refreshWeeklyRollup()
    })
    console.log(`  rollup, +500 events then refresh        p50 ${ms(incremental.p50)}  p95 ${ms(incremental.p95)}  (${incremental.runs} runs)`)
    const window = { from: addWeeks(current, -7), to: current }
    const scoped = { ...window, productIds: PRODUCTS.slice(0, 3).map((p) => p.id) }
    const reads: [string, () => Promise<unknown>][] = [
      ["signals per product/channel/kind/week", () => service.listSignalsByProduct(window)],
      ["signals per product, one producer (3)", () => service.listSignalsByProduct(scoped)],
      ["signals per week and kind", () => service.listSignalsByWeek(window)],
      ["top products per kiosk", () => service.listTopProductsByLocation({ ...window, perLocation: 5 })],
      ["live GMV per stream", () => service.listLiveByStream({ ...window, limit: 20 })],
      ["top searches", () => service.listTopSearches({ ...window, limit: 15 })],
      ["searches per week (for attribution)", () => service.listSearchesByWeek(window)],
    ]
    const all: number[] = []
    for (const [label, fn] of reads) {
      const t = await timeIt(30, fn)
      all.push(t.p95)
      console.log(`  ${label.padEnd(39)} p50 ${ms(t.p50)}  p95 ${ms(t.p95)}  (30 runs)`)
    }
    const fromRaw = await timeIt(3, () =>
      db.query(
        `SELECT week, product_id, location_key, kind, count(*), sum(COALESCE(quantity,1)) FROM demand_event WHERE week BETWEEN $1 AND $2 AND product_id IS NOT NULL GROUP BY 1,2,3,4`,
        [window.from, window.to]
      )
    )
    console.log(`  same as the first, on the raw events    p50 ${ms(fromRaw.p50)}  p95 ${ms(fromRaw.p95)}  (3 runs, for scale)`)
    console.log(`  slowest rollup read p95: ${Math.max(...all).toFixed(1)} ms`)
    console.log(`\nload average at end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; total ${elapsed().toFixed(0)} s`)
  } finally {
    await db.end()
    await close()
    if (!KEEP) await dropBenchDb()
  }
}

runMain(main)
