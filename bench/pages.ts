/**
 * `npm run bench -- pages [--url http://localhost:8000 --backend http://localhost:9000 --key pk_…]
 *  [--seconds 10] [--connections 50]`: pages from cache (issue #13).
 * - the product, catalogue (plain, filtered as the filter form sends it, a
 *   search), home and kiosk shop pages at `--connections` (50), each against
 *   the limit: a bare Node http server (its own process) answering the same
 *   HTML bytes, in the same run, in ABBA order (bare, page, page, bare); req/s,
 *   p50, p99, and the ratio to the bare server (goal ≥ 0.5×, p99 ≤ 100 ms);
 *   the filtered catalogue also rendered per request (the server's copy
 *   bypassed), as it was before the server kept catalogue pages;
 * - the store API read a product page would make per request without the
 *   cache, for reference;
 * - how long an admin title change takes to show on the product page (the
 *   subscriber → POST /api/revalidate path; the issue's bound is 5 s).
 * Without --url it starts the whole stack (scripts/start.js) on a fresh database.
 */
import { spawn, type ChildProcess } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { adminGet, adminToken } from "../integration-tests/browser/harness/medusa"
import { freePort, startStack, type Stack } from "../integration-tests/browser/harness/stack"
import { waitFor } from "../integration-tests/helpers/harness"
import { load, type LoadResult } from "./lib/catalog-load"
import { machineInfo } from "./lib/machine"
import { runMain } from "./lib/run-main"

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const SECONDS = Number(opt("seconds") ?? 10)
const CONNECTIONS = Number(opt("connections") ?? 50)
const HANDLE = "na-chi-lang"
// what the filter form sends (hidden order first, then the ticked boxes): kept per query in normal form
const FILTERED = "/vi/products?order=-stars&stars=5&stars=4&group=food&in_season=true"
const PAGES = [
  ["product page", `/vi/products/${HANDLE}`],
  ["catalogue page", "/vi/products"],
  ["catalogue, filtered", FILTERED],
  ["catalogue, a search", `/en/products?q=${encodeURIComponent("star anise")}`],
  ["home page", "/vi"],
  // from cache since the cart panel is read in the browser (GET /api/kiosk/cart); 0.04× when rendered per request
  ["kiosk shop", "/vi/kiosk/ky-lua/shop"],
] as const

/** A bare Node http server in its own process answering `html` (the limit of serving those bytes here). */
async function bareServer(html: Buffer): Promise<{ url: string; stop: () => void }> {
  const file = path.join(os.tmpdir(), `ocop-bench-page-${process.pid}.html`)
  fs.writeFileSync(file, html)
  const port = await freePort()
  const code = `const b=require("fs").readFileSync(${JSON.stringify(file)});require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":b.length});s.end(b)}).listen(${port},"127.0.0.1",()=>console.log("up"))`
  const child: ChildProcess = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] })
  await new Promise((resolve) => child.stdout!.once("data", resolve))
  return { url: `http://127.0.0.1:${port}/`, stop: () => (child.kill(), fs.rmSync(file, { force: true })) }
}

async function visibleAfter(storefront: string, backend: string, token: string, productId: string): Promise<number> {
  const title = `Na Chi Lăng ${Date.now().toString(36)}`
  const at = Date.now()
  const res = await fetch(`${backend}/admin/products/${productId}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ title }),
  })
  if (!res.ok) throw new Error(`POST /admin/products: ${res.status}`)
  const shown = async () => (await (await fetch(`${storefront}/vi/products/${HANDLE}`)).text()).includes(title) && { ms: Date.now() - at }
  return waitFor(shown, { what: "the new title on the product page", timeoutMs: 30_000, intervalMs: 100 }).then(
    (r) => r.ms,
    () => NaN
  )
}

const mean = (a: LoadResult, b: LoadResult) => ({ rps: (a.rps + b.rps) / 2, p50: Math.max(a.p50, b.p50), p99: Math.max(a.p99, b.p99), errors: a.errors + b.errors })

async function main() {
  let stack: Stack | null = null
  if (!opt("url")) {
    console.log("starting the stack (scripts/start.js, fresh database)…")
    stack = await startStack("pages-bench")
  }
  const storefront = opt("url") ?? stack!.storefront
  const backend = opt("backend") ?? stack!.backend
  const key = opt("key") ?? stack!.publishableKey
  try {
    console.log(machineInfo())
    console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)
    console.log(`${CONNECTIONS} connections, ${SECONDS} s each run; each page in ABBA order against a bare server answering its bytes`)
    console.log(`| target | req/s | p50 | p99 | errors | ratio to bare |`)
    console.log(`|---|---|---|---|---|---|`)
    const line = (name: string, r: { rps: number; p50: number; p99: number; errors: number }, ratio = "") =>
      console.log(`| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.errors} | ${ratio} |`)
    for (const [name, pagePath] of PAGES) {
      const url = `${storefront}${pagePath}`
      const first = await fetch(url) // made on the first visit, then from the cache
      if (!first.ok) throw new Error(`${url}: ${first.status}`)
      const html = Buffer.from(await (await fetch(url)).arrayBuffer())
      const bare = await bareServer(html)
      try {
        const b1 = await load(bare.url, {}, SECONDS, CONNECTIONS)
        const p1 = await load(url, {}, SECONDS, CONNECTIONS)
        const p2 = await load(url, {}, SECONDS, CONNECTIONS)
        const b2 = await load(bare.url, {}, SECONDS, CONNECTIONS)
        const [page, limit] = [mean(p1, p2), mean(b1, b2)]
        line(`bare server, the same ${html.length} bytes`, limit)
        line(`${name} \`${pagePath}\``, page, `${(page.rps / limit.rps).toFixed(2)}×`)
        if (pagePath === FILTERED) {
          // the same page rendered by Next per request, as before the server kept it (a conditional
          // request is never answered from the server's copy: page-cache.ts `mayAnswerFromCache`)
          const perRequest = await load(url, { "if-none-match": '"none"' }, SECONDS, CONNECTIONS)
          line(`${name}, rendered per request (If-None-Match: the server's copy bypassed)`, perRequest, `${(perRequest.rps / limit.rps).toFixed(2)}×`)
        }
      } finally {
        bare.stop()
      }
    }
    line("reference: `GET /store/ocop/products/:handle` (Medusa)", await load(`${backend}/store/ocop/products/${HANDLE}`, { "x-publishable-api-key": key }, SECONDS, CONNECTIONS))
    console.log(`load average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)
    if (stack) {
      const token = await adminToken(backend)
      const { products } = await adminGet(backend, token, `/admin/products?handle=${HANDLE}&fields=id`)
      const times: number[] = []
      for (let i = 0; i < 3; i++) times.push(await visibleAfter(storefront, backend, token, products[0].id))
      console.log(`admin title change visible on the product page after: ${times.map((t) => `${t} ms`).join(", ")} (bound 5000 ms)`)
    }
  } finally {
    await stack?.stop()
  }
}

runMain(main, { timeLimitMs: 30 * 60_000 })
