/**
 * `npm run bench -- storefront [--url http://localhost:8000] [--runs 5]`:
 * per page (home, catalogue, product, checkout, kiosk, live), the gzip size of
 * the JavaScript shipped (every script response, gzip-compressed here) and the
 * largest contentful paint in headless Chromium, against the production build.
 * Without --url it starts the whole stack (scripts/start.js) on a fresh database.
 * Targets: ≤ 150 KB gzip JS on the product page, LCP < 1.5 s on localhost.
 */
import { launchBrowser } from "../integration-tests/browser/harness/browser"
import { startStack, type Stack } from "../integration-tests/browser/harness/stack"
import { machineInfo } from "./lib/machine"
import { measure, median, type PageResult } from "./lib/storefront-measure"

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const RUNS = Number(opt("runs") ?? 5)
const JS_TARGET = 150 * 1024
const LCP_TARGET = 1500

async function main() {
  let stack: Stack | null = null
  let base = opt("url")
  if (!base) {
    console.log("starting the stack (scripts/start.js, fresh database)…")
    stack = await startStack("bench", { liveGateway: true })
    base = stack.storefront
  }
  const browser = await launchBrowser()
  try {
    const addToCart = async (ctx: import("playwright-core").BrowserContext) => {
      const page = await ctx.newPage()
      await page.goto(`${base}/vi/products/na-chi-lang`)
      await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
      await page.waitForURL(/added=1/)
      await page.close()
    }
    let stream = opt("stream")
    if (!stream && stack) {
      for (const status of ["live", "scheduled", "ended"]) {
        const res = await fetch(`${stack.backend}/store/live/streams?status=${status}`, { headers: { "x-publishable-api-key": stack.publishableKey } })
        const found = res.ok ? ((await res.json()) as { streams: { id: string }[] }).streams[0] : undefined
        if (found) {
          stream = found.id
          break
        }
      }
    }
    const pages: { name: string; path: string; prepare?: typeof addToCart }[] = [
      { name: "home", path: "/vi" },
      { name: "catalogue", path: "/vi/products" },
      { name: "product", path: "/vi/products/na-chi-lang" },
      { name: "checkout", path: "/vi/checkout", prepare: addToCart },
      { name: "kiosk", path: "/vi/kiosk/ky-lua/shop" },
      ...(stream ? [{ name: "live", path: `/vi/live/${stream}` }] : []),
    ]
    if (!stream) console.log("no live stream found (pass --stream ID): the live page is not measured")
    const results: PageResult[] = []
    for (const p of pages) {
      await measure(browser, `${base}${p.path}`, p.prepare) // warm-up (server caches, build chunks)
      const runs: Awaited<ReturnType<typeof measure>>[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, `${base}${p.path}`, p.prepare))
      results.push({ name: p.name, path: p.path, jsGzipBytes: runs[0].gz, jsFiles: runs[0].files, lcpMs: runs.map((r) => r.lcp) })
    }
    console.log(`\nStorefront (production build), ${RUNS} runs per page, fresh browser context each run`)
    console.log(`machine: ${machineInfo()}`)
    console.log("\n| page | JS (gzip) | scripts | LCP median | LCP max |")
    console.log("|---|---:|---:|---:|---:|")
    for (const r of results) {
      console.log(`| ${r.name} (${r.path}) | ${(r.jsGzipBytes / 1024).toFixed(1)} KB | ${r.jsFiles} | ${median(r.lcpMs).toFixed(0)} ms | ${Math.max(...r.lcpMs).toFixed(0)} ms |`)
    }
    const product = results.find((r) => r.name === "product")!
    const lcpOk = results.every((r) => median(r.lcpMs) < LCP_TARGET)
    console.log(`\nproduct page JS ${(product.jsGzipBytes / 1024).toFixed(1)} KB gzip (target ≤ 150 KB): ${product.jsGzipBytes <= JS_TARGET ? "met" : "MISSED"}`)
    console.log(`LCP median < 1.5 s on every page: ${lcpOk ? "met" : "MISSED"}`)
  } finally {
    await browser.close()
    await stack?.stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
