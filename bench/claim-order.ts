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
 *      [--engines postgres,redis]   (the gateway's claim engine; default postgres; Redis: REDIS_URL
 *                                   or redis://127.0.0.1:6379, a prefix of its own)
 *      [--before DIR]      (also the gateway of the checkout DIR, with each engine: "before")
 * With more than one gateway (engines × before/after), step 2 runs once per gateway and then
 * again in reverse order (ABBA), each wave on a new offer with a new gateway, crowd and buyer
 * sockets; step 3 orders the last wave's claims.
 */
import crypto from "crypto"
import os from "os"
import path from "path"
import { Pool } from "pg"
import { ackTimeline, claimWhenStarted, client, plainAckBurst, offerHolding, oneStepOrder as placeOneStep, pool, prepareLiveSale, signUpBuyers, standardOrder as placeStandard } from "./lib/claim-flow"
import Redis from "ioredis"
import { eventLoopDelay, gatewayProcess, machineInfo, percentiles, sleep, worker } from "./lib/live-procs"
import { REDIS_URL, dropRedisPrefix } from "./lib/live-setup"
import { rebuildOfferState } from "../plugins/live-selling/src/modules/livestream/claims/redis-offer-state"
import { redisKeys } from "../plugins/live-selling/src/modules/livestream/lib/redis-keys"
import { openRawViewer, type Viewer } from "./lib/raw-viewer"
import { runMain } from "./lib/run-main"
import { arg } from "./lib/args"

const VIEWERS = Number(arg("viewers", "3000"))
const BUYERS = Number(arg("buyers", "300"))
const UNITS = Number(arg("units", "50"))
const CONCURRENCY = Number(arg("concurrency", "4"))
const ORDERS = arg("orders", "on") !== "off"
const ENGINES = arg("engines", "postgres").split(",") as ("postgres" | "redis")[]
const BEFORE = arg("before", "")
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

/** One gateway the claim wave runs against: its engine and the checkout it runs from. */
type Gateway = { label: string; engine: "postgres" | "redis"; root?: string }
const GATEWAYS: Gateway[] = [
  ...ENGINES.map((engine) => ({ label: `${engine}${BEFORE ? " after" : ""}`, engine })),
  ...(BEFORE ? ENGINES.map((engine) => ({ label: `${engine} before`, engine, root: BEFORE })) : []),
]
const ROUNDS = GATEWAYS.length > 1 ? [...GATEWAYS, ...[...GATEWAYS].reverse()] : GATEWAYS

type Sale = Awaited<ReturnType<typeof prepareLiveSale>>
type Claims = Awaited<ReturnType<typeof claimWhenStarted>>

/**
 * Step 2 on one gateway: a new gateway process, the crowd and the buyers
 * joined, a new offer launched, every buyer claiming at once; then the
 * floor. Returns the claims; the sockets are closed and the gateway stopped.
 */
async function wave(g: Gateway, o: { call: ReturnType<typeof client>; db: Pool; sale: Sale; buyers: { token: string }[]; key: string; jwtSecret: string; serverUrl: string; run: string; last: boolean }) {
  const prefix = `ocop:bench-claim-order:${o.run}:`
  const env: Record<string, string> = {
    DATABASE_URL: BENCH_DATABASE_URL, JWT_SECRET: o.jwtSecret, MEDUSA_BACKEND_URL: o.serverUrl,
    MEDUSA_PUBLISHABLE_KEY: o.key, NODE_ENV: "development", REDIS_URL: g.engine === "redis" ? REDIS_URL : "", LIVE_REDIS_PREFIX: prefix,
  }
  const gateway = await gatewayProcess(env, g.root)
  const viewers: Viewer[] = []
  const crowd = await worker("claim-viewers.ts")
  try {
    let t0 = Date.now()
    await crowd.request({ cmd: "open", url: gateway.url, key: o.key, streamId: o.sale.stream.id, count: VIEWERS })
    const buyerSockets = await pool(o.buyers, 50, async (b) => {
      const v = await openRawViewer(gateway.url, "/live", { token: b.token })
      await v.emitWithAck("join", { streamId: o.sale.stream.id }, 60_000)
      viewers.push(v)
      return v
    })
    console.log(`\n[${g.label}] ${VIEWERS} viewers and ${BUYERS} buyers joined in ${((Date.now() - t0) / 1000).toFixed(1)} s; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)

    // Every buyer claims as soon as the offer starts (the gateway's scheduler announces it).
    const acks = claimWhenStarted(buyerSockets, `${o.run}-${g.label.replace(/ /g, "-")}-${Date.now()}`)
    const delay = eventLoopDelay()
    const { offer } = await o.call("POST", `/producer/streams/${o.sale.stream.id}/offers`, {
      variant_id: o.sale.variant.id, price: LIVE_PRICE, quantity: UNITS, per_customer_limit: 1, starts_in_sec: 10, duration_sec: 900,
    }, o.sale.producer)
    if (g.engine === "redis") {
      // what Medusa does at launch when it has REDIS_URL (the bench's Medusa runs without)
      const redis = new Redis(REDIS_URL)
      await rebuildOfferState(o.db, redis, redisKeys(prefix), offer.id)
      redis.disconnect()
    }
    const claims = await acks
    const ownDelay = delay.stop()
    const winners = claims.filter((c) => c.ack.claim)
    const losers = claims.filter((c) => !c.ack.claim)
    const w = percentiles(winners.map((c) => c.ms))
    const l = percentiles(losers.map((c) => c.ms))
    const codes = losers.reduce<Record<string, number>>((m, c) => ((m[c.ack.error?.code] = (m[c.ack.error?.code] ?? 0) + 1), m), {})
    const state = await offerHolding(o.db, offer.id)
    console.log(`[${g.label}] claims: ${winners.length} won, ${losers.length} refused ${JSON.stringify(codes)}; oversold ${state.oversold} (offer ${state.quantity}, claimed ${state.claimed}, held or ordered ${state.holding})`)
    console.log(`[${g.label}] claim ack  winners p50 ${fmt(w.p50)}  p95 ${fmt(w.p95)}  p99 ${fmt(w.p99)}  max ${fmt(w.max)}`)
    console.log(`[${g.label}] claim ack  losers  p50 ${fmt(l.p50)}  p95 ${fmt(l.p95)}  p99 ${fmt(l.p99)}  max ${fmt(l.max)}`)
    const tl = ackTimeline(claims)
    console.log(`[${g.label}] acks read after the first offer:started: winners ${tl.firstWinner}-${tl.lastWinner} ms, losers ${tl.firstLoser}-${tl.lastLoser} ms (offer:started reached every buyer within ${tl.startedSpread} ms)`)
    // for a gateway profile (BENCH_GATEWAY_NODE_ARGS=--cpu-prof): the wave on the monotonic clock V8's samples use
    const mono = (ms: number) => process.hrtime.bigint() / 1000n - BigInt(Date.now() - ms) * 1000n
    console.log(`[${g.label}] wave on the monotonic clock: ${mono(Math.min(...claims.map((c) => c.startedAt)))}-${mono(Math.max(...claims.map((c) => c.ackAt)))} µs`)
    console.log(`[${g.label}] the buyers' own event-loop delay during the wave: p50 ${ownDelay.p50.toFixed(1)} ms, p99 ${ownDelay.p99.toFixed(1)} ms, max ${ownDelay.max.toFixed(1)} ms`)
    // the floor: the same buyers' acks answered from memory, the same crowd connected, once the wave is over
    await sleep(2000)
    const floor = percentiles(await plainAckBurst(buyerSockets))
    console.log(`[${g.label}] floor: plain ack (session) from all ${BUYERS} buyers at once  p50 ${fmt(floor.p50)}  p95 ${fmt(floor.p95)}  p99 ${fmt(floor.p99)}  max ${fmt(floor.max)}`)
    // a stream has at most 5 open offers: the next wave's needs room (held claims stay held)
    if (!o.last) await o.call("POST", `/producer/streams/${o.sale.stream.id}/offers/${offer.id}/stop`, {}, o.sale.producer)
    return { claims, floor: floor.p99, oversold: state.oversold, offerId: offer.id as string }
  } finally {
    viewers.forEach((v) => v.close())
    await crowd.request({ cmd: "close" }).catch(() => undefined)
    crowd.kill()
    await gateway.stop()
    if (g.engine === "redis") {
      await dropRedisPrefix(new Redis(REDIS_URL), prefix)
    }
  }
}

/** Each gateway's waves pooled: p99 of winners' and losers' acks, the floors, oversold. */
function summary(results: { g: Gateway; claims: Claims; floor: number; oversold: number; offerId: string }[]) {
  console.log(`\nsummary (${ROUNDS.map((g) => g.label).join(", ")}):`)
  for (const g of GATEWAYS) {
    const mine = results.filter((r) => r.g === g)
    const all = mine.flatMap((r) => r.claims)
    const p = (won: boolean) => percentiles(all.filter((c) => !!c.ack.claim === won).map((c) => c.ms))
    console.log(`  ${g.label.padEnd(16)} winners p99 ${fmt(p(true).p99)} (${mine.map((r) => percentiles(r.claims.filter((c) => c.ack.claim).map((c) => c.ms)).p99.toFixed(1)).join(" / ")})` +
      `  losers p99 ${fmt(p(false).p99)} (${mine.map((r) => percentiles(r.claims.filter((c) => !c.ack.claim).map((c) => c.ms)).p99.toFixed(1)).join(" / ")})` +
      `  floor p99 ${mine.map((r) => r.floor.toFixed(1)).join(" / ")} ms  oversold ${mine.map((r) => r.oversold).join(" / ")}`)
  }
}

async function main() {
  console.log(`claim-order bench\n${machineInfo()}`)
  console.log(`load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)
  console.log(`${VIEWERS} viewers, ${BUYERS} buyers, ${UNITS} units (1 per customer), orders ${CONCURRENCY} at a time; waves: ${ROUNDS.map((g) => g.label).join(", ")}`)

  const seeded = await prepareDatabase(BENCH_DATABASE_URL, { ...process.env, DATABASE_URL: BENCH_DATABASE_URL, NODE_ENV: "development" })
  const key: string = seeded.publishableKey
  const server = await startBenchServer()
  const db = new Pool({ connectionString: BENCH_DATABASE_URL, max: 4 })
  try {
    const call = client(server.url, key)
    // stock for both flows' orders and every wave's offer
    const sale = await prepareLiveSale(call, db, PASSWORD, (4 + ROUNDS.length) * UNITS)
    const { regionId, variant } = sale

    // an earlier run's offers still open on the stream (at most 5 may be): stopped
    const { stream: open } = await call("GET", `/store/live/streams/${sale.stream.id}`)
    for (const o of open.offers ?? []) {
      await call("POST", `/producer/streams/${sale.stream.id}/offers/${o.id}/stop`, {}, sale.producer).catch(() => undefined)
    }

    const run = crypto.randomBytes(3).toString("hex")
    const t0 = Date.now()
    const buyers = await signUpBuyers(call, run, BUYERS, PASSWORD)
    console.log(`${BUYERS} buyers signed up with a saved address in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

    const results: { g: Gateway; claims: Claims; floor: number; oversold: number; offerId: string }[] = []
    for (const [i, g] of ROUNDS.entries()) {
      const last = i === ROUNDS.length - 1
      results.push({ g, ...(await wave(g, { call, db, sale, buyers, key, jwtSecret: server.jwtSecret, serverUrl: server.url, run, last })) })
    }
    if (ROUNDS.length > 1) {
      summary(results)
    }
    // the orders: the last wave's claims (its offer is left open)
    const claims = results[results.length - 1].claims
    const winners = claims.filter((c) => c.ack.claim)
    const losers = claims.filter((c) => !c.ack.claim)
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
      [results[results.length - 1].offerId]
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
    await server.stop()
    await db.end()
  }
}

runMain(main, { timeLimitMs: 40 * 60 * 1000 })
