/**
 * flash-sale: 5,000 concurrent claim attempts for 100 units, on the Redis and
 * the Postgres claim paths, against raw baselines in the same run:
 *   raw Redis     a bare Lua "decrement if > 0" (sequential loop, and all at once)
 *   raw Postgres  a bare conditional UPDATE (sequential loop, and all at once, pool 20)
 *   engine        the ClaimEngine called in-process (no sockets)
 *   gateway       real gateway process + 5,000 socket.io clients (2 client processes)
 * Prints claims/s, ack latency p50/p99 and the oversold count (must be 0).
 * Run: node -r ts-node/register bench/flash-sale.ts [--attempts 5000] [--units 100]
 */
import Redis from "ioredis"
import type { Pool } from "pg"
import { createClaimEngine } from "../plugins/live-selling/src/modules/livestream/claims"
import { createEventLog } from "../plugins/live-selling/src/modules/livestream/events/publish"
import { gatewayProcess, machineInfo, percentiles, sleep, worker } from "./lib/live-procs"
import { REDIS_URL, benchDb, benchOffer, benchStream, dropRedisPrefix } from "./lib/live-setup"
import { runMain } from "./lib/run-main"
import { BENCH_JWT_SECRET, benchBackend } from "./lib/live-backend"
import { arg } from "./lib/args"

const ATTEMPTS = Number(arg("attempts", "5000"))
const UNITS = Number(arg("units", "100"))
const CLIENT_PROCS = 2
/** Load generator: socket.io-client, or a bare protocol client that costs the 2 cores less (`--client raw`). */
const CLIENT = arg("client", "socketio") === "raw" ? "raw" : "socketio"

type Row = { name: string; perSec: number; p50: number; p99: number; won: number; oversold: number | null }
const rows: Row[] = []

function report(name: string, elapsedMs: number, latencies: number[], won: number, oversold: number | null) {
  const p = percentiles(latencies)
  const row = { name, perSec: (ATTEMPTS / elapsedMs) * 1000, p50: p.p50, p99: p.p99, won, oversold }
  rows.push(row)
  console.log(
    `${name.padEnd(30)} ${row.perSec.toFixed(0).padStart(7)} claims/s   p50 ${p.p50.toFixed(1).padStart(7)} ms` +
      `   p99 ${p.p99.toFixed(1).padStart(7)} ms   won ${won}${oversold == null ? "" : `   oversold ${oversold}`}`
  )
}

async function timed(n: number, concurrent: boolean, fn: (i: number) => Promise<boolean>) {
  const lat: number[] = []
  let won = 0
  const one = async (i: number) => {
    const t0 = performance.now()
    const ok = await fn(i)
    lat.push(performance.now() - t0)
    if (ok) {
      won++
    }
  }
  const start = performance.now()
  if (concurrent) {
    await Promise.all(Array.from({ length: n }, (_, i) => one(i)))
  } else {
    for (let i = 0; i < n; i++) {
      await one(i)
    }
  }
  return { elapsed: performance.now() - start, lat, won }
}

const DECR_LUA = `local v = tonumber(redis.call('GET', KEYS[1]))
if v and v > 0 then redis.call('DECR', KEYS[1]) return 1 end
return 0`

async function rawRedis(redis: Redis, prefix: string) {
  for (const concurrent of [false, true]) {
    const key = `${prefix}raw:${concurrent}`
    await redis.set(key, UNITS)
    const r = await timed(ATTEMPTS, concurrent, async () => (await redis.eval(DECR_LUA, 1, key)) === 1)
    report(`raw Redis Lua (${concurrent ? "all at once" : "sequential"})`, r.elapsed, r.lat, r.won, r.won - UNITS)
  }
}

async function rawPostgres(db: Pool) {
  await db.query(`CREATE TABLE bench_stock (id int primary key, stock int not null check (stock >= 0))`)
  for (const concurrent of [false, true]) {
    await db.query(`INSERT INTO bench_stock VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET stock = $1`, [UNITS])
    const r = await timed(ATTEMPTS, concurrent, async () =>
      ((await db.query(`UPDATE bench_stock SET stock = stock - 1 WHERE id = 1 AND stock >= 1 RETURNING stock`)).rowCount ?? 0) > 0
    )
    report(`raw Postgres UPDATE (${concurrent ? "all at once" : "sequential"})`, r.elapsed, r.lat, r.won, r.won - UNITS)
  }
}

async function oversold(db: Pool, offerId: string) {
  const { rows: [r] } = await db.query(
    `SELECT coalesce(sum(quantity), 0)::int AS units FROM live_claim WHERE offer_id = $1 AND status IN ('held', 'converted')`,
    [offerId]
  )
  return Math.max(0, r.units - UNITS)
}

async function engine(db: Pool, redis: Redis | null, prefix: string, streamId: string) {
  const log = createEventLog({ db, redis, prefix })
  const claims = createClaimEngine({ db, redis, prefix, log })
  const offerId = await benchOffer(db, streamId, UNITS, 1)
  await claims.prepareOffer(offerId)
  const r = await timed(ATTEMPTS, true, (i) =>
    claims
      .claim({ offerId, customerKey: `cus_engine_${i}`, quantity: 1, idempotencyKey: `engine-${i}-key` })
      .then(() => true, () => false)
  )
  await claims.flush()
  await log.close()
  report(`engine ${claims.kind} (in-process)`, r.elapsed, r.lat, r.won, await oversold(db, offerId))
}

async function gateway(dbUrl: string, db: Pool, useRedis: boolean, prefix: string, streamId: string) {
  const env: Record<string, string> = { DATABASE_URL: dbUrl, LIVE_REDIS_PREFIX: prefix, ...(await benchBackend()) }
  if (useRedis) {
    env.REDIS_URL = REDIS_URL
  }
  const gw = await gatewayProcess(env)
  const clients = await Promise.all(Array.from({ length: CLIENT_PROCS }, () => worker("live-bench-client.ts")))
  try {
    const offerId = await benchOffer(db, streamId, UNITS, 1)
    const per = Math.ceil(ATTEMPTS / CLIENT_PROCS)
    await Promise.all(
      clients.map((c, i) =>
        c.request({ cmd: "connect", url: gw.url, count: Math.min(per, ATTEMPTS - i * per), auth: "customer", secret: BENCH_JWT_SECRET, idBase: `${useRedis}${i}`, client: CLIENT })
      )
    )
    await sleep(1000)
    const out = await Promise.all(clients.map((c, i) => c.request({ cmd: "claim", offerId, run: `${useRedis}-${i}` })))
    const results = out.flatMap((o) => o.results)
    const elapsed = Math.max(...out.map((o) => o.elapsedMs))
    const codes = results.reduce<Record<string, number>>((m, r) => ((m[r.code ?? "ok"] = (m[r.code ?? "ok"] ?? 0) + 1), m), {})
    report(`gateway ${useRedis ? "redis" : "postgres"} (5k sockets)`, elapsed, results.map((r) => r.ms), results.filter((r) => r.ok).length, await oversold(db, offerId))
    console.log(`${"".padEnd(30)} acks: ${JSON.stringify(codes)}`)
  } finally {
    await Promise.all(clients.map((c) => c.request({ cmd: "close" }).catch(() => c.kill())))
    await gw.stop()
  }
}

async function main() {
  console.log(`flash-sale — ${ATTEMPTS} concurrent claim attempts for ${UNITS} units (${CLIENT} clients)\n${machineInfo()}\n`)
  const bench = await benchDb("flash")
  const redis = new Redis(REDIS_URL, { enableAutoPipelining: true })
  const prefix = `bench:flash:${process.pid}:`
  try {
    const streamId = await benchStream(bench.db)
    await rawRedis(redis, prefix)
    await engine(bench.db, redis, prefix, streamId)
    await gateway(bench.url, bench.db, true, prefix, streamId)
    await rawPostgres(bench.db)
    await engine(bench.db, null, prefix, streamId)
    await gateway(bench.url, bench.db, false, prefix, streamId)

    const get = (name: string) => rows.find((r) => r.name.startsWith(name))!
    console.log("\nthroughput ratios (target ≥ 0.5× raw):")
    for (const [path, raw] of [["redis", "raw Redis Lua"], ["postgres", "raw Postgres UPDATE"]]) {
      const seq = get(`${raw} (sequential)`)
      const all = get(`${raw} (all at once)`)
      for (const name of [`engine ${path}`, `gateway ${path}`]) {
        const r = get(name)
        console.log(
          `  ${name.padEnd(18)} vs sequential loop ${(r.perSec / seq.perSec).toFixed(2)}×   vs all-at-once ${(r.perSec / all.perSec).toFixed(2)}×`
        )
      }
    }
    const bad = rows.filter((r) => r.oversold)
    console.log(`\noversold total: ${rows.reduce((s, r) => s + (r.oversold ?? 0), 0)}${bad.length ? "  ← FAIL" : ""}`)
  } finally {
    await dropRedisPrefix(redis, prefix)
    await bench.drop()
  }
}

runMain(main)
