/**
 * catalog: the OCOP catalogue against Medusa's own product list, on the
 * same 1,000-product database in the same run (autocannon, loopback):
 *   stock  GET /store/products?limit=20
 *   ocop   GET /store/ocop/products?min_stars=4&limit=20  (+ facets, OCOP blocks)
 * Rounds alternate the two so machine noise hits both; medians are printed
 * with the ratios (≥ 1.0 means the OCOP route is no slower): throughput,
 * p95 latency (stock/ocop) and the server's CPU time per request, which is
 * the steadiest on a shared machine.
 * Run: node -r ts-node/register/transpile-only bench/catalog.ts
 *      [--products 1000] [--rounds 3] [--seconds 15] [--connections 4]
 */
import { prepareBenchDatabase, startBenchServer } from "./lib/catalog-server"
import { cpuMs, load, LoadResult, machineInfo, median } from "./lib/catalog-load"

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : def
}
const PRODUCTS = Number(arg("products", "1000"))
const ROUNDS = Number(arg("rounds", "3"))
const SECONDS = Number(arg("seconds", "15"))
const CONNECTIONS = Number(arg("connections", "4"))
const TARGETS = {
  stock: "/store/products?limit=20",
  ocop: "/store/ocop/products?min_stars=4&limit=20",
} as const
type Target = keyof typeof TARGETS

const fmt = (r: { rps: number; p50: number; p95: number }) =>
  `${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms`

async function main() {
  const watchdog = setTimeout(() => {
    console.error("bench: time limit reached")
    process.exit(2)
  }, 30 * 60 * 1000)
  console.log(machineInfo())
  const key = await prepareBenchDatabase(PRODUCTS)
  const server = await startBenchServer()
  try {
    const headers = { "x-publishable-api-key": key }
    for (const [name, path] of Object.entries(TARGETS)) {
      const res = await fetch(`${server.url}${path}`, { headers })
      const body: any = await res.json()
      if (!res.ok) throw new Error(`bench: ${name} answered ${res.status}: ${JSON.stringify(body)}`)
      console.log(`${name.padEnd(5)} ${path}: ${body.count} matching, ${body.products.length} returned`)
      await load(`${server.url}${path}`, headers, 3, CONNECTIONS) // warm-up
    }
    type Run = LoadResult & { cpu: number }
    const results: Record<Target, Run[]> = { stock: [], ocop: [] }
    for (let round = 0; round < ROUNDS; round++) {
      const order: Target[] = round % 2 ? ["ocop", "stock"] : ["stock", "ocop"]
      for (const name of order) {
        const cpuBefore = cpuMs(server.child.pid!)
        const r = await load(`${server.url}${TARGETS[name]}`, headers, SECONDS, CONNECTIONS)
        const cpu = cpuBefore === null ? NaN : (cpuMs(server.child.pid!)! - cpuBefore) / r.requests
        if (r.errors) throw new Error(`bench: ${name} had failed requests: ${JSON.stringify(r.detail)}`)
        results[name].push({ ...r, cpu })
        console.log(`round ${round + 1} ${name.padEnd(5)} ${fmt(r)}  server CPU ${cpu.toFixed(0).padStart(4)} ms/request`)
      }
    }
    const summary = (name: Target) => ({
      rps: median(results[name].map((r) => r.rps)),
      p50: median(results[name].map((r) => r.p50)),
      p95: median(results[name].map((r) => r.p95)),
      cpu: median(results[name].map((r) => r.cpu)),
    })
    // same-round pairs cancel slow drifts in the machine's load
    const pairRatio = median(results.ocop.map((r, i) => r.rps / results.stock[i].rps))
    const stock = summary("stock")
    const ocop = summary("ocop")
    console.log(`\n${PRODUCTS} products, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each (medians)`)
    console.log(`stock ${TARGETS.stock.padEnd(44)} ${fmt(stock)}  server CPU ${stock.cpu.toFixed(0)} ms/request`)
    console.log(`ocop  ${TARGETS.ocop.padEnd(44)} ${fmt(ocop)}  server CPU ${ocop.cpu.toFixed(0)} ms/request`)
    console.log(
      `ratio ocop/stock (≥ 1.0: OCOP no slower): throughput ${(ocop.rps / stock.rps).toFixed(2)}` +
        ` (same-round pairs ${pairRatio.toFixed(2)}), p95 ${(stock.p95 / ocop.p95).toFixed(2)},` +
        ` server CPU per request ${(stock.cpu / ocop.cpu).toFixed(2)}`
    )
  } finally {
    await server.stop()
    clearTimeout(watchdog)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
