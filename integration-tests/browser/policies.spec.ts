/**
 * Issue #15 "Shop identity and policies", on the storefront alone (its
 * production build, no backend): the footer's policy links reach every
 * policy page in vi, en and zh, with no CSP violation; the operator page
 * shows what is configured and says what is not yet published.
 */
import { spawn, type ChildProcess } from "child_process"
import path from "path"
import type { Browser } from "playwright-core"
import { seriousViolations } from "./harness/axe"
import { launchBrowser, settled, watchErrors } from "./harness/browser"
import { buildStorefront, freePort, ROOT } from "./harness/stack"
import { LOCALES, dict } from "../../storefront/src/i18n"
import { POLICY_SLUGS, policyText } from "../../storefront/src/lib/policies"

jest.setTimeout(180_000)

let storefront: ChildProcess
let url: string
let browser: Browser
const OPERATOR_NAME = "Công ty Ví dụ (tên cấu hình trong test)"

beforeAll(async () => {
  await buildStorefront()
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  storefront = spawn(process.execPath, [path.join(ROOT, "storefront", "scripts", "serve.mjs")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      PORT: String(port),
      MEDUSA_BACKEND_URL: "http://127.0.0.1:9", // nothing listens: policy pages need no backend
      LIVE_URL: "ws://127.0.0.1:7",
      OCOP_ENV: "development",
      OCOP_OPERATOR_NAME: OPERATOR_NAME,
      OCOP_OPERATOR_REGISTRATION: "",
      OCOP_OPERATOR_ADDRESS: "",
      OCOP_OPERATOR_PHONE: "",
      OCOP_OPERATOR_EMAIL: "",
    },
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

describe("policy pages", () => {
  it.each(LOCALES)("the footer links reach every policy page in %s", async (locale) => {
    const t = dict(locale)
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${url}/${locale}/policies`)
    for (const slug of POLICY_SLUGS) {
      const footer = page.getByRole("contentinfo").getByRole("navigation", { name: t.policies.nav })
      await footer.getByRole("link", { name: t.policies.links[slug], exact: true }).click()
      await page.waitForURL(`${url}/${locale}/policies/${slug}`)
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toEqual(policyText(locale, slug).title)
    }
    expect(await seriousViolations(page)).toEqual([])
    expect(await settled(errors)).toEqual([])
    await context.close()
  })

  it("shows the configured operator details and says which are not yet published", async () => {
    const t = dict("vi")
    const page = await browser.newPage()
    const res = await page.goto(`${url}/vi/policies/operator`)
    expect(res!.status()).toBe(200)
    await expect(page.getByTestId("operator-name").textContent()).resolves.toEqual(OPERATOR_NAME)
    for (const field of ["registration", "address", "phone", "email"]) {
      await expect(page.getByTestId(`operator-${field}`).textContent()).resolves.toEqual(t.policies.notPublished)
    }
    await expect(page.getByTestId("operator-incomplete").isVisible()).resolves.toBe(true)
    expect((await page.goto(`${url}/vi/policies/no-such-policy`))!.status()).toBe(404)
    await page.close()
  })
})
