/**
 * The admin dashboard under `npm start`, which runs Medusa with
 * NODE_ENV=production (a demo, OCOP_DEMO=1): Medusa serves the dashboard's
 * production build at /app, and its login keeps a cookie session over plain
 * http on localhost (the session cookie is not Secure in a production demo).
 */
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot } from "./harness/browser"
import { startStack, type Stack } from "./harness/stack"

jest.setTimeout(180_000)

let stack: Stack
let browser: Browser

beforeAll(async () => {
  stack = await startStack("admin-dashboard")
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
}, 60_000)

it("logs in at /app with the generated admin login and stays logged in after a reload", async () => {
  const page = await browser.newPage()
  const failed: string[] = []
  page.on("response", (r) => {
    if (r.url().startsWith(`${stack.backend}/app/`) && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`)
  })
  await page.goto(`${stack.backend}/app/login`)
  await page.locator('input[name="email"]').fill(stack.logins.admin.email)
  await page.locator('input[name="password"]').fill(stack.logins.admin.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.startsWith("/app/login"), { timeout: 60_000 })
  const cookies = await page.context().cookies(stack.backend)
  const session = cookies.find((c) => c.name === "connect.sid")
  expect(session).toBeTruthy()
  expect(session!.secure).toBe(false)
  expect(session!.sameSite).toEqual("Lax")
  // the cookie session alone carries the login: a reload of a dashboard page does not go back to /login
  const listed = page.waitForResponse((r) => new URL(r.url()).pathname === "/admin/products", { timeout: 60_000 })
  await page.goto(`${stack.backend}/app/products`)
  const response = await listed
  expect(response.status()).toEqual(200)
  const { products } = (await response.json()) as { products: { title: string }[] }
  expect(products.length).toBeGreaterThan(0)
  expect(new URL(page.url()).pathname).toEqual("/app/products")
  await page.getByText(products[0].title).first().waitFor({ timeout: 60_000 })
  await screenshot(page, "admin-dashboard-products")
  expect(failed).toEqual([])
})
