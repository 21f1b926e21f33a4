/**
 * `npm run bench -- pages [--url http://localhost:8000 --backend http://localhost:9000 --key pk_…]
 *  [--seconds 5] [--connections 10]`: pages from cache (issue #13).
 * - throughput of the product and catalogue pages (their store reads come from
 *   Next's data cache), against the baseline of the store API read each page
 *   would make per request without the cache (same run, same machine);
 * - how long an admin title change takes to show on the product page (the
 *   subscriber → POST /api/revalidate path; the issue's bound is 5 s).
 * Without --url it starts the whole stack (scripts/start.js) on a fresh database.
 */
import { adminGet, adminToken } from "../integration-tests/browser/harness/medusa"
import { startStack, type Stack } from "../integration-tests/browser/harness/stack"
import { waitFor } from "../integration-tests/helpers/harness"
import { load } from "./lib/catalog-load"
import { machineInfo } from "./lib/machine"

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const SECONDS = Number(opt("seconds") ?? 5)
const CONNECTIONS = Number(opt("connections") ?? 10)
const HANDLE = "na-chi-lang"

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
    const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
      console.log(`${name.padEnd(44)} ${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50.toFixed(0)} ms  p95 ${r.p95.toFixed(0)} ms  errors ${r.errors}`)
    console.log(machineInfo())
    console.log(`${CONNECTIONS} connections, ${SECONDS} s each`)
    await fetch(`${storefront}/vi/products/${HANDLE}`) // fills the cache
    await fetch(`${storefront}/vi/products`)
    row("baseline: GET /store/ocop/products/:handle", await load(`${backend}/store/ocop/products/${HANDLE}`, { "x-publishable-api-key": key }, SECONDS, CONNECTIONS))
    row(`product page /vi/products/${HANDLE}`, await load(`${storefront}/vi/products/${HANDLE}`, {}, SECONDS, CONNECTIONS))
    row("catalogue page /vi/products", await load(`${storefront}/vi/products`, {}, SECONDS, CONNECTIONS))
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

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
