/**
 * The storefront's security headers in Chromium, on the storefront alone (its
 * production build, no backend): every HTML page's Content-Security-Policy
 * allows exactly its own inline scripts by hash (the same bytes for every
 * visitor, so pages can come from Next's cache), pages run with no CSP
 * violation, and /widget-demo.html ignores a backend named in its URL.
 */
import { spawn, type ChildProcess } from "child_process"
import path from "path"
import type { Browser } from "playwright-core"
import { injectScript, seriousViolations } from "./harness/axe"
import { launchBrowser, settled, watchErrors } from "./harness/browser"
import { buildStorefront, freePort, ROOT } from "./harness/stack"
import { inlineScriptHashes } from "../../storefront/src/lib/security/inline-scripts"

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
  it("answers with a CSP allowing no inline script but the page's own, nosniff and a referrer policy (no HSTS outside production); the demo page uses the configured backend only", async () => {
    const res = await fetch(`${url}/widget-demo.html?stream=lstr_demo&backend=https://evil.example&live=wss://evil.example&key=pk_evil`)
    const csp = res.headers.get("content-security-policy") ?? ""
    // the demo page has no inline script: scripts from the shop's own origins only
    expect(csp).toContain("script-src 'self'; ")
    expect(csp).not.toMatch(/script-src[^;]*('unsafe-inline'|'nonce-)/)
    expect(csp).toContain(`connect-src 'self' ${BACKEND} http://127.0.0.1:7 ws://127.0.0.1:7`)
    expect(csp).toContain("frame-ancestors 'self'")
    expect(res.headers.get("x-content-type-options")).toEqual("nosniff")
    expect(res.headers.get("referrer-policy")).toEqual("strict-origin-when-cross-origin")
    expect(res.headers.get("strict-transport-security")).toBeNull()
    const html = await res.text()
    expect(html).not.toContain("evil")
    expect(html).toContain(`backend="${BACKEND}"`)
    expect(html).toContain(`<script src="/ocop-live.js" async>`)
  })

  it("allows a page's inline scripts by their hashes, the same for every visitor, and compresses it; a shop page comes from Next's cache", async () => {
    const page = async (path: string) => {
      const res = await fetch(`${url}${path}`, { headers: { "accept-encoding": "br" } })
      const html = await res.text()
      return { csp: res.headers.get("content-security-policy") ?? "", encoding: res.headers.get("content-encoding"), html, cache: res.headers.get("x-storefront-cache") ?? res.headers.get("x-nextjs-cache") }
    }
    const policy = await page("/vi/policies/privacy")
    expect(/script-src ([^;]*)/.exec(policy.csp)![1].split(" ")).toEqual(["'self'", ...inlineScriptHashes(policy.html)])
    // made on the first visit, then served from the cache (Next's, or the server's 1 s copy of it): the same bytes, the same policy
    const again = await page("/vi/policies/privacy")
    expect(again.cache).toMatch(/^(HIT|STALE)$/)
    expect([again.html, again.csp]).toEqual([policy.html, policy.csp])

    const [a, b] = [await page("/xx/no-such-page"), await page("/xx/no-such-page")]
    const hashes = inlineScriptHashes(a.html)
    expect(hashes.length).toBeGreaterThan(0)
    const scriptSrc = /script-src ([^;]*)/.exec(a.csp)![1].split(" ")
    expect(scriptSrc).toEqual(["'self'", ...hashes])
    expect(b).toEqual(a)
    expect([a.encoding, policy.encoding]).toEqual(["br", "br"])
  })

  it("runs Next's inline scripts (allowed by hash) and the widget with no CSP violation; a script added to the page is refused", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors = watchErrors(page)
    const notFound = await page.goto(`${url}/xx/no-such-page`)
    expect(notFound!.status()).toEqual(404)
    // Next's flight data is pushed by inline scripts: refused, they would leave it undefined
    await page.waitForFunction(() => Array.isArray((self as any).__next_f) && (self as any).__next_f.length > 0)
    expect(await seriousViolations(page)).toEqual([])
    // what an attacker's injected markup would do: an inline script the page was not served with
    expect(await settled(errors)).toEqual([])
    const refused = new Promise<string>((resolve) => page.on("console", (m) => m.text().includes("Content Security Policy") && resolve(m.text())))
    await page.evaluate(() => {
      const s = document.createElement("script")
      s.textContent = "window.__injected = true"
      document.head.append(s)
    })
    expect(await refused).toContain("script-src")
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined()
    // that violation (logged twice: by Chromium and by the harness's listener) was the point
    await page.waitForTimeout(200)
    expect(errors.every((e) => /script-src/.test(e))).toBe(true)
    errors.length = 0
    await injectScript(page, "window.__tested = true")
    expect(await page.evaluate(() => (window as any).__tested)).toBe(true)

    // a shop page from Next's cache (the header, the footer, the policy text) runs too
    const policyPage = await page.goto(`${url}/en/policies/privacy`)
    expect(policyPage?.status()).toBe(200)
    // (CI once timed out here, not reproduced: say what the page was)
    await page
      .waitForFunction(() => Array.isArray((self as any).__next_f) && (self as any).__next_f.length > 0)
      .catch(async (e) => {
        const csp = policyPage?.headers()["content-security-policy"] ?? "(none)"
        const html = (await page.content()).slice(0, 400)
        throw new Error(`${e.message}\nCSP: ${csp}\nerrors: ${errors.join(" | ")}\npage: ${html}`)
      })
    expect(await seriousViolations(page)).toEqual([])

    await page.goto(`${url}/widget-demo.html?stream=lstr_demo&lang=en`)
    await page.waitForFunction(() => !!customElements.get("ocop-live") && !!document.querySelector("ocop-live")?.shadowRoot)
    await page.waitForTimeout(1000)
    expect(await settled(errors)).toEqual([])
    await context.close()
  })
})
