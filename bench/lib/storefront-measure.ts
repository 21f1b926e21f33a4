/** Per page: gzip size of the JavaScript shipped and the largest contentful paint. */
import zlib from "zlib"
import type { Browser, BrowserContext, Page } from "playwright-core"

export type PageResult = { name: string; path: string; jsGzipBytes: number; jsFiles: number; lcpMs: number[] }

/** Records LCP candidates from the first paint on. */
const LCP_INIT = `
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcp = Math.max(window.__lcp, e.startTime);
  }).observe({ type: "largest-contentful-paint", buffered: true });
`

async function collectScripts(page: Page, run: () => Promise<void>) {
  const bodies = new Map<string, Buffer>()
  const pending: Promise<void>[] = []
  page.on("response", (res) => {
    if (res.request().resourceType() !== "script") return
    pending.push(res.body().then((b) => void bodies.set(res.url(), b), () => undefined))
  })
  await run()
  await Promise.all(pending)
  let gz = 0
  for (const body of bodies.values()) gz += zlib.gzipSync(body).length
  return { gz, files: bodies.size }
}

/**
 * One measurement in a fresh context (empty HTTP cache): navigation until the
 * network is idle, then the LCP seen so far.
 */
export async function measure(
  browser: Browser,
  url: string,
  prepare?: (ctx: BrowserContext) => Promise<void>
): Promise<{ lcp: number; gz: number; files: number }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    if (prepare) await prepare(ctx)
    const page = await ctx.newPage()
    await page.addInitScript(LCP_INIT)
    const { gz, files } = await collectScripts(page, async () => {
      await page.goto(url, { waitUntil: "networkidle" })
    })
    // LCP is final once the user interacts; a short settle, then read it
    await page.waitForTimeout(300)
    const lcp = await page.evaluate(() => (window as any).__lcp as number)
    return { lcp, gz, files }
  } finally {
    await ctx.close()
  }
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN
}
