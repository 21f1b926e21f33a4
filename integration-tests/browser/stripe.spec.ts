/**
 * Paying by card in Chromium: the storefront shows the card option when
 * Stripe is configured, Stripe.js (a local stand-in served by the Stripe
 * fake, see fakes/stripe-js.ts) confirms the PaymentIntent, and Medusa's
 * Stripe provider places the order for the exact VND amount.
 */
import type { Browser } from "playwright-core"
import { startStripeFake, type StripeFake } from "../fakes/stripe-fake"
import { launchBrowser, screenshot, settled, watchErrors } from "./harness/browser"
import { adminGet, adminToken } from "./harness/medusa"
import { startStack, type Stack } from "./harness/stack"

jest.setTimeout(180_000)

const ENV = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_HOST", "STRIPE_API_PORT", "STRIPE_API_PROTOCOL", "STRIPE_PUBLISHABLE_KEY", "STRIPE_JS_URL"]
const saved: Record<string, string | undefined> = {}
let fake: StripeFake
let stack: Stack
let browser: Browser

beforeAll(async () => {
  fake = await startStripeFake()
  ENV.forEach((k) => (saved[k] = process.env[k]))
  Object.assign(process.env, {
    STRIPE_API_KEY: "sk_test_ocop_browser",
    STRIPE_WEBHOOK_SECRET: "whsec_ocop_browser",
    STRIPE_API_HOST: fake.host,
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: "http",
    STRIPE_PUBLISHABLE_KEY: "pk_test_ocop_browser",
    STRIPE_JS_URL: `${fake.url}/v3/`,
  })
  stack = await startStack("stripe")
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
  await fake?.close()
  ENV.forEach((k) => (saved[k] === undefined ? delete process.env[k] : (process.env[k] = saved[k])))
}, 60_000)

it("pays by card: a declined card is refused in place, a good one places the order for the exact amount", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const errors = watchErrors(page)
  await page.goto(`${stack.storefront}/en/products/na-chi-lang`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.waitForURL(/added=1/)
  await page.goto(`${stack.storefront}/en/checkout`)
  await page.getByLabel("Full name").fill("Lê Minh Anh")
  await page.getByLabel("Phone number").fill("0912 000 111")
  await page.getByLabel("Email").fill("card.buyer@example.vn")
  await page.getByLabel("Home delivery").check()
  await page.getByLabel("House number, street, village").fill("3 Bà Triệu")
  await page.getByLabel("Ward / commune").fill("phường Chi Lăng")
  await page.getByLabel("Province / city").fill("Lạng Sơn")
  await page.getByLabel("Card (Visa, Mastercard)").check()
  await page.getByTestId("checkout-consent").check()
  await page.getByTestId("place-order").click()

  await page.waitForURL(/\/en\/checkout\/card$/)
  await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toEqual("Pay by card")
  const card = page.getByTestId("card-element").getByLabel("Card number")
  await card.fill("4000 0000 0000 0002")
  await page.getByTestId("pay-card").click()
  await expect(page.getByTestId("card-error").innerText()).resolves.toEqual("Your card was declined.")
  expect(page.url()).toMatch(/\/en\/checkout\/card$/)
  await screenshot(page, "checkout-card")

  await card.fill("4242 4242 4242 4242")
  await page.getByTestId("pay-card").click()
  await page.waitForURL(/\/en\/order\/order_/, { timeout: 60_000 })
  const orderId = new URL(page.url()).pathname.split("/").pop()!
  const token = await adminToken(stack.backend)
  const { order } = await adminGet(
    stack.backend,
    token,
    `/admin/orders/${orderId}?fields=id,total,*items,*payment_collections.payments,*payment_collections.payment_sessions`
  )
  expect(order.items.map((i: any) => i.product_handle)).toEqual(["na-chi-lang"])
  const [session] = order.payment_collections[0].payment_sessions
  expect(session.provider_id).toEqual("pp_stripe_stripe")
  expect(order.payment_collections[0].payments[0].amount).toEqual(order.total)
  // Stripe was asked for the order's exact total in whole đồng, and the card confirmed that intent
  const intent = fake.state.intent(session.data.id)
  expect(intent).toMatchObject({ currency: "vnd", amount: order.total, payment_method: "pm_card_visa" })
  expect(["requires_capture", "succeeded"]).toContain(intent.status)
  expect(await settled(errors)).toEqual([])
  await context.close()
})
