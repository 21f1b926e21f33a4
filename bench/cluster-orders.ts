/**
 * cluster-orders: orders/s of a live sale with 1 Medusa server, then 2
 * (issue #13: "with `npm run start:cluster`, orders/s with 1 and 2 servers").
 * For each size the bench runs `scripts/start-cluster.js` itself (its own
 * database `ocop_bench_cluster`, Redis, SIZE servers, 1 worker, SIZE gateways;
 * no demo video, no media server) and, as the load balancer the cluster
 * expects in front, spreads store calls round-robin over the servers and
 * buyers' sockets over the gateways:
 *   1. BUYERS customers sign up with a saved address and join the stream;
 *   2. the producer launches an offer of UNITS units (1 per customer); every
 *      buyer claims on `offer:started` → winners, oversold (must be 0);
 *   3. each winner's order in one request (`POST /store/live/claims/:id/order`,
 *      COD) against as many orders by other buyers through Medusa's standard
 *      8-call checkout, CONCURRENCY at a time, ABBA rounds → orders/s of each.
 * Then the 2-vs-1 scaling ratio of each flow.
 * Run: npm run bench -- cluster-orders [--sizes 1,2] [--buyers 300] [--units 50] [--concurrency 4]
 */
import crypto from "crypto"
import fs from "fs"
import os from "os"
import path from "path"
import { Pool } from "pg"
import { exited, freePort, spawnUntil } from "../integration-tests/lifecycle/process-helpers"
import {
  abbaOrders, claimWhenStarted, client, offerHolding, oneStepOrder, pool, prepareLiveSale, roundRobin, signUpBuyers, standardOrder,
} from "./lib/claim-flow"
import { machineInfo, percentiles } from "./lib/live-procs"
import { openRawViewer, type Viewer } from "./lib/raw-viewer"
import { runMain } from "./lib/run-main"
import { arg } from "./lib/args"

const SIZES = arg("sizes", "1,2").split(",").map(Number)
const BUYERS = Number(arg("buyers", "300"))
const UNITS = Number(arg("units", "50"))
const CONCURRENCY = Number(arg("concurrency", "4"))
const LIVE_PRICE = 49000
const PASSWORD = "bench-mat-khau-123"
const ROOT = path.resolve(__dirname, "..")
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/ocop_bench_cluster"
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"
const READY = /cluster is running \(ready in ([\d.]+) s\)[\s\S]*Publishable key:\s+(pk_[0-9a-f]+)/

// one address sends every request: no rate limit of the store may stop the bench
for (const name of ["LOGIN", "REGISTER", "CLAIM_CART", "CLAIM_ORDER"]) {
  for (const scope of ["IP", "ACCOUNT"]) process.env[`RATE_LIMIT_${name}_${scope}`] = "10000000/60"
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ")

/** `npm run start:cluster` with `size` servers and gateways; stops every process it started on `stop()`. */
async function startCluster(size: number, dataDir: string) {
  const servers = await Promise.all(Array.from({ length: size }, freePort))
  const gateways = await Promise.all(Array.from({ length: size }, freePort))
  const cluster = await spawnUntil([path.join(ROOT, "scripts", "start-cluster.js")], READY, {
    cwd: ROOT,
    timeoutMs: 900_000,
    env: {
      DATABASE_URL, REDIS_URL, OCOP_DATA_DIR: dataDir,
      CLUSTER_MEDUSA_PORTS: servers.join(","), CLUSTER_WORKER_PORT: String(await freePort()), CLUSTER_LIVE_PORTS: gateways.join(","),
      LIVE_REDIS_PREFIX: `ocop:bench-cluster:${crypto.randomBytes(3).toString("hex")}:`,
      OCOP_LIVE_INGEST: "off", OCOP_DEMO_VIDEO: "off", DISABLE_MEDUSA_ADMIN: "true", LOG_LEVEL: "error", NODE_OPTIONS: "",
      ADMIN_PASSWORD: PASSWORD, PRODUCER_PASSWORD: PASSWORD,
    },
  })
  return {
    readyS: Number(cluster.match[1]),
    key: cluster.match[2],
    servers: servers.map((p) => `http://127.0.0.1:${p}`),
    gateways: gateways.map((p) => `http://127.0.0.1:${p}`),
    stop: async () => {
      if (cluster.child.exitCode === null && cluster.child.signalCode === null) cluster.child.kill("SIGTERM")
      await exited(cluster.child)
    },
  }
}

type Row = Awaited<ReturnType<typeof measure>>

async function measure(size: number, cluster: Awaited<ReturnType<typeof startCluster>>, db: Pool) {
  const call = roundRobin(cluster.servers.map((s) => client(s, cluster.key)))
  const { producer, stream, variant, regionId } = await prepareLiveSale(call, db, PASSWORD, 4 * UNITS)
  const run = crypto.randomBytes(3).toString("hex")
  let t0 = Date.now()
  const buyers = await signUpBuyers(call, run, BUYERS, PASSWORD)
  console.log(`  ${BUYERS} buyers signed up with a saved address in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  const sockets: Viewer[] = await pool(buyers, 50, async (b, i) => {
    const v = await openRawViewer(cluster.gateways[i % size], "/live", { token: b.token })
    await v.emitWithAck("join", { streamId: stream.id }, 60_000)
    return v
  })
  try {
    const acks = claimWhenStarted(sockets, run)
    const { offer } = await call("POST", `/producer/streams/${stream.id}/offers`, {
      variant_id: variant.id, price: LIVE_PRICE, quantity: UNITS, per_customer_limit: 1, starts_in_sec: 10, duration_sec: 900,
    }, producer)
    const claims = await acks
    const winners = claims.filter((c) => c.ack.claim)
    const losers = claims.filter((c) => !c.ack.claim)
    t0 = Date.now()
    const orders = await abbaOrders(
      { items: winners, order: (c) => oneStepOrder(call, c.ack.claim.id, buyers[c.buyer].token) },
      { items: losers.slice(0, winners.length).map((c) => buyers[c.buyer]), order: (b) => standardOrder(call, b, regionId, variant.id) },
      CONCURRENCY
    )
    const state = await offerHolding(db, offer.id)
    return { size, won: winners.length, refused: losers.length, ...state, oneStep: orders.a, standard: orders.b, failed: orders.failed }
  } finally {
    sockets.forEach((s) => s.close())
  }
}

function report(rows: Row[]) {
  const ms = (v: number[]) => {
    const p = percentiles(v)
    return `${p.p50} / ${p.p99} ms`
  }
  console.log(`\n| servers | one-step orders/s | one-step p50 / p99 | standard orders/s | standard p50 / p99 | won | oversold | winners' orders placed |`)
  console.log(`|---|---|---|---|---|---|---|---|`)
  for (const r of rows) {
    console.log(`| ${r.size} | ${r.oneStep.perSecond.toFixed(2)} (${r.oneStep.ms.length} in ${r.oneStep.s.toFixed(1)} s) | ${ms(r.oneStep.ms)} | ${r.standard.perSecond.toFixed(2)} (${r.standard.ms.length} in ${r.standard.s.toFixed(1)} s) | ${ms(r.standard.ms)} | ${r.won}/${r.quantity} | ${r.oversold} | ${r.ordered}/${r.won}${r.failed.length ? `; ${r.failed.length} failed: ${r.failed[0]}` : ""} |`)
  }
  const [one, two] = [rows.find((r) => r.size === 1), rows.find((r) => r.size === 2)]
  if (one && two) {
    console.log(`\nscaling 2 servers ÷ 1: one-step ${(two.oneStep.perSecond / one.oneStep.perSecond).toFixed(2)}×, standard ${(two.standard.perSecond / one.standard.perSecond).toFixed(2)}×`)
  }
  const ok = rows.every((r) => r.oversold === 0 && r.ordered === r.won && r.won === r.quantity && !r.failed.length)
  console.log(`0 oversold and every winner's order placed, at every size: ${ok ? "met" : "NOT met"}`)
}

async function main() {
  console.log(`cluster-orders bench\n${machineInfo()}`)
  console.log(`load average at start ${load()}`)
  console.log(`sizes ${SIZES.join(", ")} (servers, as many gateways, 1 worker); ${BUYERS} buyers, ${UNITS} units (1 per customer), orders ${CONCURRENCY} at a time`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-cluster-"))
  const db = new Pool({ connectionString: DATABASE_URL, max: 2 })
  const rows: Row[] = []
  try {
    for (const size of SIZES) {
      const cluster = await startCluster(size, dataDir)
      console.log(`\n${size} server(s): start:cluster ready in ${cluster.readyS} s (load ${load()})`)
      try {
        rows.push(await measure(size, cluster, db))
        console.log(`  done (load ${load()})`)
      } finally {
        await cluster.stop()
      }
    }
    report(rows)
    console.log(`load average at end ${load()}`)
  } finally {
    await db.end()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

runMain(main, { timeLimitMs: 60 * 60 * 1000 })
