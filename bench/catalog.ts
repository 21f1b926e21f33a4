/**
 * catalog: the OCOP catalogue against Medusa's own product list, on the
 * same N-product database in the same run (autocannon, loopback):
 *   stock   GET /store/products?limit=20                     (the baseline)
 *   floor   GET /store/live/streams?status=live              (a trivial custom store route: Medusa's per-request floor)
 *   ocop    GET /store/ocop/products?min_stars=4&limit=20    (+ facets, OCOP blocks; answers cached, lib/answer-cache.ts)
 *   ocop-uncached  the same on a second server started with OCOP_ANSWER_CACHE=off (every request computed)
 *   ocop-miss      the same on a third server started with OCOP_ANSWER_CACHE=parts: every answer computed, the
 *                  product cards and the region from the cache (what a query nobody asked before costs)
 * Rounds rotate the targets so machine noise hits all; medians are printed
 * with the ratios to stock (≥ 1.0 means no slower): throughput, p95 latency
 * (stock/x) and the server's CPU time per request. A target that answers
 * fewer than 2 × connections requests in its 3 s warm-up is measured over
 * exactly that many requests per round (stock at 20,000 products).
 * Run: npm run bench -- catalog [--products 1000] [--rounds 3] [--seconds 15] [--connections 4]
 * (above 1,000 products the bench products are copied by SQL: lib/catalog-clone.ts)
 */
import { prepareBenchDatabase, startBenchServer, type BenchServer } from "./lib/catalog-server"
import { cpuMs, load, LoadResult, machineInfo, median } from "./lib/catalog-load"
import { runMain } from "./lib/run-main"
import { arg } from "./lib/args"

const PRODUCTS = Number(arg("products", "1000"))
const ROUNDS = Number(arg("rounds", "3"))
const SECONDS = Number(arg("seconds", "15"))
const CONNECTIONS = Number(arg("connections", "4"))
const OCOP = "/store/ocop/products?min_stars=4&limit=20"
const TARGETS = {
  stock: { path: "/store/products?limit=20", server: "cached" },
  floor: { path: "/store/live/streams?status=live", server: "cached" },
  ocop: { path: OCOP, server: "cached" },
  "ocop-uncached": { path: OCOP, server: "uncached" },
  "ocop-miss": { path: OCOP, server: "parts" },
} as const
type Target = keyof typeof TARGETS
const NAMES = Object.keys(TARGETS) as Target[]

const fmt = (r: { rps: number; p50: number; p95: number }) =>
  `${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms`

async function main() {
  console.log(machineInfo())
  const prepared = Date.now()
  const key = await prepareBenchDatabase(PRODUCTS)
  console.log(`database ready in ${((Date.now() - prepared) / 1000).toFixed(0)} s`)
  const servers: Record<string, BenchServer> = {}
  try {
    servers.cached = await startBenchServer()
    servers.uncached = await startBenchServer(180_000, { OCOP_ANSWER_CACHE: "off" })
    servers.parts = await startBenchServer(180_000, { OCOP_ANSWER_CACHE: "parts" })
    const headers = { "x-publishable-api-key": key }
    const url = (name: Target) => `${servers[TARGETS[name].server].url}${TARGETS[name].path}`
    // a route slower than a round (stock at 20,000 products) is measured over 2 × connections requests
    const slow = new Set<Target>()
    for (const name of NAMES) {
      const res = await fetch(url(name), { headers })
      const body: any = await res.json()
      if (!res.ok) throw new Error(`bench: ${name} answered ${res.status}: ${JSON.stringify(body)}`)
      const size = body.products ?? body.streams
      console.log(`${name.padEnd(13)} ${TARGETS[name].path}: ${body.count ?? size.length} matching, ${size.length} returned`)
      const warm = await load(url(name), headers, 3, CONNECTIONS) // warm-up
      if (warm.requests < 2 * CONNECTIONS) slow.add(name)
    }
    // the cached answer is the uncached one
    const [a, ...others] = await Promise.all(
      (["ocop", "ocop-uncached", "ocop-miss"] as Target[]).map((n) => fetch(url(n), { headers }).then((r) => r.json()))
    )
    for (const b of others) {
      if (JSON.stringify(a.products) !== JSON.stringify(b.products) || a.count !== b.count) {
        throw new Error("bench: a cached catalogue answer differs from the computed one")
      }
    }
    type Run = LoadResult & { cpu: number }
    const results = Object.fromEntries(NAMES.map((n) => [n, [] as Run[]])) as Record<Target, Run[]>
    for (let round = 0; round < ROUNDS; round++) {
      const order = NAMES.map((_, i) => NAMES[(i + round) % NAMES.length])
      for (const name of order) {
        const pid = servers[TARGETS[name].server].child.pid!
        const cpuBefore = cpuMs(pid)
        const r = await load(url(name), headers, SECONDS, CONNECTIONS, slow.has(name) ? 2 * CONNECTIONS : undefined)
        const cpu = cpuBefore === null ? NaN : (cpuMs(pid)! - cpuBefore) / r.requests
        if (r.errors) throw new Error(`bench: ${name} had failed requests: ${JSON.stringify(r.detail)}`)
        results[name].push({ ...r, cpu })
        console.log(`round ${round + 1} ${name.padEnd(13)} ${fmt(r)}  server CPU ${cpu.toFixed(2).padStart(6)} ms/request`)
      }
    }
    const summary = (name: Target) => ({
      rps: median(results[name].map((r) => r.rps)),
      p50: median(results[name].map((r) => r.p50)),
      p95: median(results[name].map((r) => r.p95)),
      cpu: median(results[name].map((r) => r.cpu)),
    })
    const stock = summary("stock")
    console.log(`\n${PRODUCTS} products, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each (medians)`)
    for (const name of NAMES) {
      const s = summary(name)
      // same-round pairs cancel slow drifts in the machine's load
      const pair = median(results[name].map((r, i) => r.rps / results.stock[i].rps))
      console.log(
        `${name.padEnd(13)} ${TARGETS[name].path.padEnd(44)} ${fmt(s)}  CPU ${s.cpu.toFixed(2)} ms/req` +
          (name === "stock"
            ? ""
            : `  vs stock: throughput ${(s.rps / stock.rps).toFixed(2)}× (pairs ${pair.toFixed(2)}×), p95 ${(stock.p95 / s.p95).toFixed(2)}×, CPU ${(stock.cpu / s.cpu).toFixed(2)}×`)
      )
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()))
  }
}

runMain(main, { timeLimitMs: 30 * 60 * 1000 })
