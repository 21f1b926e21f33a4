/**
 * The storefront's security headers in Chromium, on the storefront alone (its
 * production build, no backend): the Content-Security-Policy's nonce reaches
 * Next's inline scripts, pages run with no CSP violation, and
 * /widget-demo.html ignores a backend named in its URL.
 */
import { spawn, type ChildProcess } from "child_process"
import path from "path"
import type { Browser } from "playwright-core"
import { injectScript, seriousViolations } from "./harness/axe"
import { launchBrowser, settled, watchErrors } from "./harness/browser"
import { buildStorefront, freePort, ROOT } from "./harness/stack"

jest.setTimeout(120_000)

let storefront: ChildProcess
let url: string
let browser: Browser
const BACKEND = "http://127.0.0.1:9" // nothing listens: pages here need no backend

beforeAll(async () => {
  await buildStorefront()
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  storefront = spawn(process.execPath, [path.join(ROOT, "storefront", "scripts", "serve.mjs")], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "", PORT: String(port), MEDUSA_BACKEND_URL: BACKEND, LIVE_URL: "ws://127.0.0.1:7", OCOP_ENV: "development" },
    stdio: "ignore",
  })
  for (let i = 0; ; i++) {
    if (await fetch(`${url}/widget-demo.html`).then((r) => r.ok, () => false)) break
    if (i > 240) throw new Error("the storefront did not start")
    await new Promise((r) => setTimeout(r, 250))
  }
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  storefront?.kill("SIGTERM")
})

describe("the storefront's security headers", () => {
  it("answers with a nonce CSP, nosniff and a referrer policy (no HSTS outside production); the demo page uses the configured backend only", async () => {
    const res = await fetch(`${url}/widget-demo.html?stream=lstr_demo&backend=https://evil.example&live=wss://evil.example&key=pk_evil`)
    const csp = res.headers.get("content-security-policy") ?? ""
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(csp).toContain(`connect-src 'self' ${BACKEND} http://127.0.0.1:7 ws://127.0.0.1:7`)
    expect(csp).toContain("frame-ancestors 'self'")
    expect(res.headers.get("x-content-type-options")).toEqual("nosniff")
    expect(res.headers.get("referrer-policy")).toEqual("strict-origin-when-cross-origin")
    expect(res.headers.get("strict-transport-security")).toBeNull()
    const html = await res.text()
    expect(html).not.toContain("evil")
    expect(html).toContain(`backend="${BACKEND}"`)
    expect(html).toContain(`<script src="/ocop-live.js" nonce="${nonce}" async>`)
  })

  it("runs Next's inline scripts (they carry the nonce) and the widget with no CSP violation; test scripts go in with the nonce too", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors = watchErrors(page)
    const notFound = await page.goto(`${url}/xx/no-such-page`)
    expect(notFound!.status()).toEqual(404)
    // Next's flight data is pushed by inline scripts: refused, they would leave it undefined
    await page.waitForFunction(() => Array.isArray((self as any).__next_f) && (self as any).__next_f.length > 0)
    await injectScript(page, "window.__injected = true")
    expect(await page.evaluate(() => (window as any).__injected)).toBe(true)
    expect(await seriousViolations(page)).toEqual([])

    await page.goto(`${url}/widget-demo.html?stream=lstr_demo&lang=en`)
    await page.waitForFunction(() => !!customElements.get("ocop-live") && !!document.querySelector("ocop-live")?.shadowRoot)
    await page.waitForTimeout(1000)
    expect(await settled(errors)).toEqual([])
    await context.close()
  })
})
