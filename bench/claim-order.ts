/**
 * claim-order: a flash sale's claims, then the winners' orders in one step,
 * against Medusa's standard 8-call checkout, in the same run.
 *   1. VIEWERS guests (in a child process) and BUYERS signed-in customers (each with a saved
 *      address) join a live stream on the real gateway (its own process,
 *      Postgres mode) in front of a real Medusa (`medusa start`, production
 *      mode, its own database `ocop_bench_claim_order`);
 *   2. the producer launches an offer of UNITS units (1 per customer); every
 *      buyer claims when `offer:started` arrives: ack latency of winners and
 *      losers, units won, oversold (claims held or ordered beyond the offer);
 *   3. one-step: each winner `POST /store/live/claims/:id/order` (COD),
 *      CONCURRENCY at a time → orders/s;
 *   4. baseline: as many orders of the same variant through Medusa's stock
 *      store API, 8 calls each (create cart, add line, address, list shipping
 *      options, shipping method, payment collection, payment session,
 *      complete), by as many other buyers, CONCURRENCY at a time → orders/s.
 * Run: npm run bench -- claim-order [--viewers 3000] [--buyers 300] [--units 50] [--concurrency 4]
 *      [--orders on|off]   (`off`: the claim wave alone, steps 3 and 4 left out)
 */
import crypto from "crypto"
import os from "os"
import path from "path"
import { Pool } from "pg"
import { ackTimeline, claimWhenStarted, client, plainAckBurst, offerHolding, oneStepOrder as placeOneStep, pool, prepareLiveSale, signUpBuyers, standardOrder as placeStandard } from "./lib/claim-flow"
import { eventLoopDelay, gatewayProcess, machineInfo, percentiles, sleep, worker } from "./lib/live-procs"
import { openRawViewer, type Viewer } from "./lib/raw-viewer"
import { runMain } from "./lib/run-main"

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : def
}
const VIEWERS = Number(arg("viewers", "3000"))
const BUYERS = Number(arg("buyers", "300"))
const UNITS = Number(arg("units", "50"))
const CONCURRENCY = Number(arg("concurrency", "4"))
const ORDERS = arg("orders", "on") !== "off"
const LIVE_PRICE = 49000

const PASSWORD = "bench-mat-khau-123"
process.env.BENCH_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/ocop_bench_claim_order"
Object.assign(process.env, { ADMIN_PASSWORD: PASSWORD, PRODUCER_PASSWORD: PASSWORD })
// one address sends every request: no rate limit of the store may stop the bench
for (const name of ["LOGIN", "REGISTER", "CLAIM_CART", "CLAIM_ORDER"]) {
  for (const scope of ["IP", "ACCOUNT"]) process.env[`RATE_LIMIT_${name}_${scope}`] = "10000000/60"
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { startBenchServer, BENCH_DATABASE_URL } = require("./lib/catalog-server") as typeof import("./lib/catalog-server")
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { prepareDatabase } = require(path.resolve(__dirname, "..", "scripts", "lib", "prepare.js"))

const fmt = (n: number) => `${n.toFixed(1).padStart(7)} ms`

async function main() {
  console.log(`claim-order bench\n${machineInfo()}`)
  console.log(`load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)
  console.log(`${VIEWERS} viewers, ${BUYERS} buyers, ${UNITS} units (1 per customer), orders ${CONCURRENCY} at a time`)

  const seeded = await prepareDatabase(BENCH_DATABASE_URL, { ...process.env, DATABASE_URL: BENCH_DATABASE_URL, NODE_ENV: "development" })
  const key: string = seeded.publishableKey
  const server = await startBenchServer()
  const db = new Pool({ connectionString: BENCH_DATABASE_URL, max: 4 })
  const viewers: Viewer[] = []
  let gateway: Awaited<ReturnType<typeof gatewayProcess>> | null = null
  let crowd: Awaited<ReturnType<typeof worker>> | null = null
  try {
    const call = client(server.url, key)
    // stock for both flows' orders
    const { producer, stream, variant, regionId } = await prepareLiveSale(call, db, PASSWORD, 4 * UNITS)

    const run = crypto.randomBytes(3).toString("hex")
    let t0 = Date.now()
    const buyers = await signUpBuyers(call, run, BUYERS, PASSWORD)
    console.log(`${BUYERS} buyers signed up with a saved address in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

    gateway = await gatewayProcess({
      DATABASE_URL: BENCH_DATABASE_URL, JWT_SECRET: server.jwtSecret, MEDUSA_BACKEND_URL: server.url,
      MEDUSA_PUBLISHABLE_KEY: key, NODE_ENV: "development",
    })
    t0 = Date.now()
    // the watching crowd in its own process; the buyers (measured) in this one
    crowd = await worker("claim-viewers.ts")
    await crowd.request({ cmd: "open", url: gateway.url, key, streamId: stream.id, count: VIEWERS })
    const buyerSockets = await pool(buyers, 50, async (b) => {
      const v = await openRawViewer(gateway!.url, "/live", { token: b.token })
      await v.emitWithAck("join", { streamId: stream.id }, 60_000)
      viewers.push(v)
      return v
    })
    console.log(`${VIEWERS} viewers and ${BUYERS} buyers joined in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

    // Every buyer claims as soon as the offer starts (the gateway's scheduler announces it).
    const acks = claimWhenStarted(buyerSockets, run)
    const delay = eventLoopDelay()
    const { offer } = await call("POST", `/producer/streams/${stream.id}/offers`, {
      variant_id: variant.id, price: LIVE_PRICE, quantity: UNITS, per_customer_limit: 1, starts_in_sec: 10, duration_sec: 900,
    }, producer)
    const claims = await acks
    const ownDelay = delay.stop()
    const winners = claims.filter((c) => c.ack.claim)
    const losers = claims.filter((c) => !c.ack.claim)
    const lat = (list: typeof claims) => percentiles(list.map((c) => c.ms))
    const w = lat(winners)
    const l = lat(losers)
    const codes = losers.reduce<Record<string, number>>((m, c) => ((m[c.ack.error?.code] = (m[c.ack.error?.code] ?? 0) + 1), m), {})
    const state = await offerHolding(db, offer.id)
    const oversold = state.oversold
    console.log(`\nclaims: ${winners.length} won, ${losers.length} refused ${JSON.stringify(codes)}; oversold ${oversold} (offer ${state.quantity}, claimed ${state.claimed}, held or ordered ${state.holding})`)
    console.log(`claim ack  winners p50 ${fmt(w.p50)}  p95 ${fmt(w.p95)}  p99 ${fmt(w.p99)}  max ${fmt(w.max)}`)
    console.log(`claim ack  losers  p50 ${fmt(l.p50)}  p95 ${fmt(l.p95)}  p99 ${fmt(l.p99)}  max ${fmt(l.max)}`)
    const tl = ackTimeline(claims)
    console.log(`acks read after the first offer:started: winners ${tl.firstWinner}-${tl.lastWinner} ms, losers ${tl.firstLoser}-${tl.lastLoser} ms (offer:started reached every buyer within ${tl.startedSpread} ms)`)
    console.log(`the buyers' own event-loop delay during the wave: p50 ${ownDelay.p50.toFixed(1)} ms, p99 ${ownDelay.p99.toFixed(1)} ms, max ${ownDelay.max.toFixed(1)} ms`)
    // the floor: the same buyers' acks answered from memory, the same crowd connected, once the wave is over
    await sleep(2000)
    const floor = percentiles(await plainAckBurst(buyerSockets))
    console.log(`floor: plain ack (session) from all ${BUYERS} buyers at once  p50 ${fmt(floor.p50)}  p95 ${fmt(floor.p95)}  p99 ${fmt(floor.p99)}  max ${fmt(floor.max)}`)
    if (!ORDERS) {
      console.log(`orders: left out (--orders off)\nload average at end ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`)
      return
    }

    // One step (each winner's claim → an order, one request) against Medusa's standard
    // checkout (8 store calls, as many orders, other buyers), in ABBA order so that
    // warm-up and the machine's drift fall on both alike.
    const oneStepOrder = (c: (typeof winners)[number]) => placeOneStep(call, c.ack.claim.id, buyers[c.buyer].token)
    const standardOrder = (b: (typeof buyers)[number]) => placeStandard(call, b, regionId, variant.id)
    const others = losers.slice(0, winners.length).map((c) => buyers[c.buyer])
    const half = Math.ceil(winners.length / 2)
    const timed = async <T>(items: T[], fn: (x: T) => Promise<{ ms: number }>) => {
      const t = Date.now()
      const done = await pool(items, CONCURRENCY, fn)
      return { done, s: (Date.now() - t) / 1000 }
    }
    const a1 = await timed(winners.slice(0, half), oneStepOrder)
    const b1 = await timed(others.slice(0, half), standardOrder)
    const b2 = await timed(others.slice(half), standardOrder)
    const a2 = await timed(winners.slice(half), oneStepOrder)
    const oneStep = [...a1.done, ...a2.done]
    const standard = [...b1.done, ...b2.done]
    const oneStepS = a1.s + a2.s
    const standardS = b1.s + b2.s
    const { rows: [ordered] } = await db.query(
      "SELECT count(*)::int AS n FROM live_claim WHERE offer_id = $1 AND status = 'converted' AND order_id IS NOT NULL",
      [offer.id]
    )

    const rate = (n: number, s: number) => n / s
    const o = percentiles(oneStep.map((x) => x.ms))
    const b = percentiles(standard.map((x) => x.ms))
    console.log(`\norders, ${CONCURRENCY} at a time, ABBA rounds (one-step, standard, standard, one-step):`)
    console.log(`  one-step  POST /store/live/claims/:id/order   ${oneStep.length} orders in ${oneStepS.toFixed(1)} s = ${rate(oneStep.length, oneStepS).toFixed(2)} orders/s  (p50 ${o.p50} ms, p99 ${o.p99} ms); claims ordered ${ordered.n}/${winners.length}`)
    console.log(`  standard  8 store calls                       ${standard.length} orders in ${standardS.toFixed(1)} s = ${rate(standard.length, standardS).toFixed(2)} orders/s  (p50 ${b.p50} ms, p99 ${b.p99} ms)`)
    console.log(`  ratio one-step ÷ standard: ${(rate(oneStep.length, oneStepS) / rate(standard.length, standardS)).toFixed(2)}×`)
    console.log(`load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)
  } finally {
    viewers.forEach((v) => v.close())
    await crowd?.request({ cmd: "close" }).catch(() => undefined)
    crowd?.kill()
    await gateway?.stop()
    await server.stop()
    await db.end()
  }
}

runMain(main, { timeLimitMs: 40 * 60 * 1000 })
