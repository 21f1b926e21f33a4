/**
 * `npm run bench -- pages [--url http://localhost:8000 --backend http://localhost:9000 --key pk_…]
 *  [--seconds 10] [--connections 50]`: pages from cache (issue #13).
 * - the product, catalogue (plain, filtered as the filter form sends it, a
 *   search), home and kiosk shop, attract and policy pages, and the filtered
 *   catalogue's RSC payload (what a client-side navigation to it asks for), at
 *   `--connections` (50), each against
 *   the limit: a bare Node http server (its own process) answering the same
 *   bytes, in the same run, in ABBA order (bare, page, page, bare); req/s,
 *   p50, p99, and the ratio to the bare server (goal ≥ 0.5×, p99 ≤ 100 ms);
 *   the filtered catalogue (page and RSC payload) also rendered per request
 *   (the server's copy bypassed), as before the server kept them, and the
 *   kiosk attract and policy pages rendered per request by Next (draft mode:
 *   Next's cache bypassed), as they were before they were ISR;
 * - `--only a,b`: only the targets whose name contains one of these;
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
// Next's router asking for a page's RSC payload (a client-side navigation from a page with no shared layout state)
const RSC = { rsc: "1" }
/** `bypass`: how to have the same target rendered per request, for the comparison ("cache": past the server's copy; "draft": past Next's cache too). */
const PAGES: { name: string; path: string; headers?: Record<string, string>; bypass?: "cache" | "draft" }[] = [
  { name: "product page", path: `/vi/products/${HANDLE}` },
  { name: "catalogue page", path: "/vi/products" },
  { name: "catalogue, filtered", path: FILTERED, bypass: "cache" },
  { name: "catalogue, filtered: RSC payload", path: `${FILTERED}&_rsc=bench`, headers: RSC, bypass: "cache" },
  { name: "catalogue, a search", path: `/en/products?q=${encodeURIComponent("star anise")}` },
  { name: "home page", path: "/vi" },
  // from cache since the cart panel is read in the browser (GET /api/kiosk/cart); 0.04× when rendered per request
  { name: "kiosk shop", path: "/vi/kiosk/ky-lua/shop" },
  { name: "kiosk attract", path: "/vi/kiosk/ky-lua", bypass: "draft" },
  { name: "kiosk policy", path: "/vi/kiosk/ky-lua/policies/privacy", bypass: "draft" },
]
const ONLY = opt("only")?.split(",").filter(Boolean)

/**
 * Headers that have a target rendered per request: a conditional request is
 * never answered from the server's copy (page-cache.ts); Next's draft mode
 * cookie (its build's preview id) renders an ISR page per request.
 */
function bypassHeaders(bypass: "cache" | "draft"): Record<string, string> | null {
  const conditional = { "if-none-match": '"none"' }
  if (bypass === "cache") return conditional
  const manifest = path.join(__dirname, "..", "storefront", ".next", "prerender-manifest.json")
  if (opt("url") || !fs.existsSync(manifest)) return null // another build than this checkout's
  const id = JSON.parse(fs.readFileSync(manifest, "utf8")).preview?.previewModeId
  return id ? { ...conditional, cookie: `__prerender_bypass=${id}` } : null
}

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
    for (const { name, path: pagePath, headers = {}, bypass } of PAGES) {
      if (ONLY && !ONLY.some((o) => name.includes(o))) continue
      const url = `${storefront}${pagePath}`
      const first = await fetch(url, { headers }) // made on the first visit, then from the cache
      if (!first.ok) throw new Error(`${url}: ${first.status}`)
      const html = Buffer.from(await (await fetch(url, { headers })).arrayBuffer())
      const bare = await bareServer(html)
      try {
        const b1 = await load(bare.url, {}, SECONDS, CONNECTIONS)
        const p1 = await load(url, headers, SECONDS, CONNECTIONS)
        const p2 = await load(url, headers, SECONDS, CONNECTIONS)
        const b2 = await load(bare.url, {}, SECONDS, CONNECTIONS)
        const [page, limit] = [mean(p1, p2), mean(b1, b2)]
        line(`bare server, the same ${html.length} bytes`, limit)
        line(`${name} \`${pagePath}\``, page, `${(page.rps / limit.rps).toFixed(2)}×`)
        const past = bypass ? bypassHeaders(bypass) : null
        if (past) {
          // the same target rendered by Next per request, as before it was kept
          const perRequest = await load(url, { ...headers, ...past }, SECONDS, CONNECTIONS)
          const how = bypass === "draft" ? "draft mode: Next's cache bypassed" : "If-None-Match: the server's copy bypassed"
          line(`${name}, rendered per request (${how})`, perRequest, `${(perRequest.rps / limit.rps).toFixed(2)}×`)
        }
      } finally {
        bare.stop()
      }
    }
    if (!ONLY) line("reference: `GET /store/ocop/products/:handle` (Medusa)", await load(`${backend}/store/ocop/products/${HANDLE}`, { "x-publishable-api-key": key }, SECONDS, CONNECTIONS))
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
