/**
 * The browser harness's error watch: uncaught errors fail a test; a React
 * hydration mismatch (#418) fails it only when it recurs on reload.
 * Pages served by a bare Node server on loopback; no stack.
 */
import http from "http"
import type { AddressInfo } from "net"
import type { Browser } from "playwright-core"
import { launchBrowser, settled, watchErrors } from "./harness/browser"

const MISMATCH = "Minified React error #418; visit https://react.dev/errors/418?args[]=HTML&args[]= for the full message"
const page = (script: string) => `<!doctype html><html><body><p>page</p><script>${script}</script></body></html>`
const PAGES: Record<string, string> = {
  "/always": page(`throw new Error(${JSON.stringify(MISMATCH)})`),
  // throws on the first load of the context only (localStorage is per context)
  "/once": page(`if (!localStorage.getItem("seen")) { localStorage.setItem("seen", "1"); throw new Error(${JSON.stringify(MISMATCH)}) }`),
  "/other": page(`throw new Error("boom")`),
}

let server: http.Server
let base: string
let browser: Browser

beforeAll(async () => {
  server = http.createServer((req, res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGES[req.url ?? ""] ?? "missing"))
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
})

async function errorsOf(path: string): Promise<string[]> {
  const context = await browser.newContext()
  const tab = await context.newPage()
  const errors = watchErrors(tab)
  await tab.goto(base + path)
  await tab.waitForTimeout(200)
  const result = await settled(errors)
  await context.close()
  return result
}

describe("the browser tests' error watch", () => {
  it("keeps a hydration mismatch that happens again on reload", async () => {
    expect(await errorsOf("/always")).toEqual([`/always: ${MISMATCH}`])
  })

  it("logs, and does not count, a single mismatch that does not recur (React's parser race)", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {})
    expect(await errorsOf("/once")).toEqual([])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("did not recur in 3 reloads (facebook/react#37321)"))
    warn.mockRestore()
  })

  it("keeps every other uncaught error", async () => {
    expect(await errorsOf("/other")).toEqual(["/other: boom"])
  })
})
