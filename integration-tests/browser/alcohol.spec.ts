/**
 * Issue #15, alcohol on the shop, in Chromium against the real stack: the
 * rice wine's price and buy button show only after "I am 18 or older", the
 * page carries the statutory warning, and checkout asks the 18+ box and
 * offers no cash on delivery.
 */
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, settled, watchErrors } from "./harness/browser"
import { adminGet, adminToken } from "./harness/medusa"
import { startStack, type Stack } from "./harness/stack"

jest.setTimeout(180_000)

let stack: Stack
let browser: Browser

beforeAll(async () => {
  stack = await startStack("alcohol")
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
}, 60_000)

it("hides the wine's price until the buyer says 18+, warns, and checks out with the 18+ box and no cash on delivery", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const errors = watchErrors(page)

  await page.goto(`${stack.storefront}/vi/products/ruou-men-la-cong-son`)
  const warning = await page.getByTestId("alcohol-warning").innerText()
  expect(warning).toContain("Không bán rượu, bia cho người dưới 18 tuổi.")
  expect(warning).toContain("Uống rượu, bia có hại cho sức khỏe.")
  await expect(page.locator(".price").count()).resolves.toBe(0)
  await expect(page.getByRole("button", { name: "Thêm vào giỏ" }).count()).resolves.toBe(0)
  await screenshot(page, "alcohol-gate")

  await page.getByRole("button", { name: "Tôi đã đủ 18 tuổi" }).click()
  await page.getByRole("button", { name: "Thêm vào giỏ" }).waitFor()
  expect(await page.locator(".price").first().innerText()).toMatch(/^\d{1,3}(\.\d{3})+ ₫$/)
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await page.waitForURL(/added=1/)

  await page.goto(`${stack.storefront}/vi/checkout`)
  await expect(page.getByLabel("Thanh toán khi nhận hàng (tiền mặt)").count()).resolves.toBe(0)
  await expect(page.getByTestId("cod-unavailable").count()).resolves.toBe(1)
  await page.getByLabel("Họ và tên").fill("Trần Văn Nam")
  await page.getByLabel("Số điện thoại").fill("0912 345 679")
  await page.getByLabel("Email").fill("nam.alcohol@example.vn")
  await page.getByLabel("Giao tận nhà").check()
  await page.getByLabel("Số nhà, đường, thôn").fill("3 Lê Lợi")
  await page.getByLabel("Phường / xã").fill("phường Vĩnh Trại")
  await page.getByLabel("Tỉnh / thành phố").fill("Lạng Sơn")
  await page.getByLabel("Chuyển khoản VietQR").check()
  await page.getByLabel("Tôi xác nhận đã đủ 18 tuổi").check()
  await page.getByTestId("checkout-consent").check()
  await screenshot(page, "alcohol-checkout")
  await page.getByTestId("place-order").click()
  await page.waitForURL(/\/vi\/order\/order_/, { timeout: 60_000 })

  const orderId = new URL(page.url()).pathname.split("/").pop()!
  const token = await adminToken(stack.backend)
  const { order } = await adminGet(stack.backend, token, `/admin/orders/${orderId}?fields=id,+metadata,*items`)
  expect(order.items.map((i: any) => i.product_handle)).toEqual(["ruou-men-la-cong-son"])
  expect(Date.parse(order.metadata.age_confirmed_at)).toBeGreaterThan(Date.now() - 10 * 60_000)
  expect(await settled(errors)).toEqual([])
  await context.close()
})
