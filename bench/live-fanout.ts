/**
 * live-fanout: delivery latency of an `offer:stock` event to N viewers in one
 * stream (server timestamp → client callback), for
 *   baseline     a plain Socket.IO server broadcasting to a room
 *   gateway-pg   one live gateway, Postgres event log (no Redis)
 *   gateway-1    one live gateway with Redis (log + adapter)
 *   gateway-2    two live gateways with Redis, viewers split between them
 * Viewers run in 2 separate client processes; loopback only.
 * Run: node -r ts-node/register bench/live-fanout.ts [--sizes 1000,5000,10000] [--rounds 5]
 */
import Redis from "ioredis"
import { Pool } from "pg"
import { createLivePublisher } from "../plugins/live-selling/src/modules/livestream/events/publish"
import { gatewayProcess, machineInfo, percentiles, sleep, worker, type GatewayProc } from "./lib/live-procs"
import { REDIS_URL, benchDb, benchOffer, benchStream, dropRedisPrefix } from "./lib/live-setup"
import { runMain } from "./lib/run-main"
import { BENCH_JWT_SECRET, benchBackend } from "./lib/live-backend"
import { arg } from "./lib/args"

const SIZES = arg("sizes", "1000,5000,10000").split(",").map(Number)
const ROUNDS = Number(arg("rounds", "5"))
const ONLY = arg("only", "")
const CLIENT_PROCS = 2
/** Load generator: socket.io-client, or a bare protocol client that costs the 2 cores less (`--client raw`). */
const CLIENT = arg("client", "socketio") === "raw" ? "raw" : "socketio"

type Target = { urls: string[]; fire: () => Promise<void>; stop: () => Promise<void> }

async function measure(name: string, n: number, target: Target, streamId: string) {
  const clients = await Promise.all(Array.from({ length: CLIENT_PROCS }, () => worker("live-bench-client.ts")))
  try {
    const per = Math.ceil(n / CLIENT_PROCS)
    const t0 = Date.now()
    await Promise.all(
      clients.map((c, i) =>
        c.request({
          cmd: "connect", url: target.urls[i % target.urls.length], count: Math.min(per, n - i * per),
          auth: "guest", key: "pk_bench", idBase: `${name}-${n}-${i}`, streamId, client: CLIENT,
        })
      )
    )
    const connectS = (Date.now() - t0) / 1000
    await Promise.all(clients.map((c) => c.request({ cmd: "listen", event: "offer:stock" })))
    await sleep(1500) // let viewer counts settle
    await Promise.all(clients.map((c) => c.request({ cmd: "report" })))
    for (let r = 0; r < ROUNDS; r++) {
      await target.fire()
      await sleep(1000)
    }
    // Wait for stragglers (up to 20 s) so slow deliveries count as slow, not lost.
    const expected = n * ROUNDS
    for (let waited = 0; waited < 20_000; waited += 500) {
      const counts = await Promise.all(clients.map((c) => c.request({ cmd: "count" })))
      if (counts.reduce((s, c) => s + c.received, 0) >= expected) {
        break
      }
      await sleep(500)
    }
    const reports = await Promise.all(clients.map((c) => c.request({ cmd: "report" })))
    const lat = reports.flatMap((r) => r.latencies)
    const dropped = reports.reduce((s, r) => s + r.disconnects, 0)
    const p = percentiles(lat)
    console.log(
      `${name.padEnd(11)} ${String(n).padStart(6)}  p50 ${fmt(p.p50)}  p95 ${fmt(p.p95)}  p99 ${fmt(p.p99)}  max ${fmt(p.max)}` +
        `  delivered ${p.n}/${expected}${dropped ? ` (${dropped} disconnected)` : ""}  (connect+join ${connectS.toFixed(1)} s)`
    )
    return p
  } finally {
    await Promise.all(clients.map((c) => c.request({ cmd: "close" }).catch(() => c.kill())))
    await target.stop()
  }
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(4)} ms`

async function baseline(streamId: string): Promise<Target> {
  const srv = await worker("live-baseline-server.ts")
  return {
    urls: [`http://127.0.0.1:${srv.first.port}`],
    fire: async () => void srv.child.send({ cmd: "fire", streamId }),
    stop: async () => void srv.kill(),
  }
}

async function gateways(count: number, dbUrl: string, db: Pool, streamId: string, offerId: string, redis: Redis | null, prefix: string): Promise<Target> {
  const env: Record<string, string> = { DATABASE_URL: dbUrl, LIVE_REDIS_PREFIX: prefix, ...(await benchBackend()) }
  if (redis) {
    env.REDIS_URL = REDIS_URL
  }
  const procs: GatewayProc[] = await Promise.all(Array.from({ length: count }, () => gatewayProcess(env)))
  const publisher = createLivePublisher({ db, redis, prefix })
  let left = 1000
  return {
    urls: procs.map((p) => p.url),
    fire: async () => void (await publisher.publish(streamId, "offer:stock", { offerId, left: --left })),
    stop: async () => {
      await publisher.close()
      await Promise.all(procs.map((p) => p.stop()))
    },
  }
}

async function main() {
  console.log(`live-fanout — ${ROUNDS} offer:stock broadcasts per run, ${CLIENT_PROCS} client processes (${CLIENT} clients)\n${machineInfo()}\n`)
  const bench = await benchDb("fanout")
  const redis = new Redis(REDIS_URL)
  const prefix = `bench:live:${process.pid}:`
  const results: Record<string, Record<number, ReturnType<typeof percentiles>>> = {}
  try {
    for (const n of SIZES) {
      const streamId = await benchStream(bench.db)
      const offerId = await benchOffer(bench.db, streamId, 1000)
      const runs: [string, () => Promise<Target>][] = [
        ["baseline", () => baseline(streamId)],
        ["gateway-pg", () => gateways(1, bench.url, bench.db, streamId, offerId, null, prefix)],
        ["gateway-1", () => gateways(1, bench.url, bench.db, streamId, offerId, redis, prefix)],
        ["gateway-2", () => gateways(2, bench.url, bench.db, streamId, offerId, redis, prefix)],
      ]
      for (const [name, make] of runs.filter(([r]) => !ONLY || r === "baseline" || ONLY.split(",").includes(r))) {
        ;(results[name] ??= {})[n] = await measure(name, n, await make(), streamId)
        await sleep(1000)
      }
    }
    console.log("\np99 ratio vs baseline (target ≤ 1.2×; p99 < 250 ms at 10,000):")
    for (const name of ["gateway-pg", "gateway-1", "gateway-2"].filter((r) => results[r])) {
      const parts = SIZES.map((n) => `${n}: ${(results[name][n].p99 / results.baseline[n].p99).toFixed(2)}×`)
      console.log(`  ${name.padEnd(11)} ${parts.join("   ")}`)
    }
  } finally {
    await dropRedisPrefix(redis, prefix)
    await bench.drop()
  }
}

runMain(main)
