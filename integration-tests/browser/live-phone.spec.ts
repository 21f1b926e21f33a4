/**
 * The live page on a phone (390×844, touch) and on a desktop (1280×800),
 * against the real stack with the gateway (issue 17, the vertical player):
 * on the phone the video fills most of the screen, the pinned product and
 * the claim button are on screen without scrolling, and a signed-in buyer
 * with a saved address goes from claim to a placed cash-on-delivery order
 * in two taps, the second one a single request (the one-step claim order,
 * through the storefront's `/api/live/claims/:id/order`); on the desktop
 * video and panel sit side by side.
 */
import type { Browser, BrowserContext, Locator, Page, Request } from "playwright-core"
import { seriousViolations } from "./harness/axe"
import { launchBrowser, screenshot, settled, watchErrors } from "./harness/browser"
import { adminGet, adminToken } from "./harness/medusa"
import { startStack, type Stack } from "./harness/stack"
import { fetchToken } from "../helpers/harness"

jest.setTimeout(240_000)

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }
let stack: Stack
let browser: Browser
let streamId: string
let producerToken: string

async function json(res: Response) {
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${JSON.stringify(body)}`)
  return body
}

async function producer(path: string, body: unknown) {
  return json(
    await fetch(`${stack.backend}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${producerToken}` },
      body: JSON.stringify(body),
    })
  )
}

/** A new customer signed in through the shop (its cookie), with a saved delivery address in Lạng Sơn. */
async function signedInBuyer(context: BrowserContext, page: Page) {
  await page.goto(`${stack.storefront}/vi/account`)
  const register = page.getByRole("form", { name: "Đăng ký" })
  await register.getByLabel("Tên", { exact: true }).fill("Hoa")
  await register.getByLabel("Họ", { exact: true }).fill("Nông")
  await register.getByLabel("Email").fill(`hoa.phone.${Date.now()}@example.vn`)
  await register.getByLabel("Mật khẩu").fill("lang-son-2026")
  await register.getByTestId("register-consent").check()
  await register.getByRole("button", { name: "Đăng ký" }).click()
  await page.getByRole("heading", { name: /^Xin chào, / }).waitFor()
  const jwt = (await context.cookies()).find((c) => c.name === "_ocop_jwt")!.value
  await json(
    await fetch(`${stack.backend}/store/customers/me/addresses`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey, authorization: `Bearer ${jwt}` },
      body: JSON.stringify({
        first_name: "Hoa",
        last_name: "Nông",
        phone: "0912345678",
        address_1: "12 Trần Đăng Ninh",
        address_2: "Phường Tam Thanh",
        city: "Lạng Sơn",
        province: "Lạng Sơn",
        country_code: "vn",
        is_default_shipping: true,
      }),
    })
  )
}

const box = async (l: Locator) => (await l.boundingBox())!

beforeAll(async () => {
  stack = await startStack("phone", { liveGateway: true })
  if (!stack.liveUrl) throw new Error("the live gateway did not start")
  browser = await launchBrowser()
  producerToken = await fetchToken(stack.backend, "producer", stack.logins.producer)
  const { product } = await json(await fetch(`${stack.backend}/store/ocop/products/na-chi-lang`, { headers: { "x-publishable-api-key": stack.publishableKey } }))
  const { stream } = await producer("/producer/streams", { title: "Chợ phiên Kỳ Lừa trên điện thoại", pinned_product_ids: [product.id] })
  streamId = stream.id
  await producer(`/producer/streams/${streamId}/start`, {})
  await producer(`/producer/streams/${streamId}/offers`, { variant_id: product.variants[0].id, price: 49_000, quantity: 5, starts_in_sec: 10, duration_sec: 900 })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
}, 60_000)

describe("the live page on a desktop (1280×800)", () => {
  it("puts the video and the panel side by side", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${stack.storefront}/vi/live/${streamId}`)
    const widget = page.locator("ocop-live")
    await widget.getByTestId("pinned").getByText("Na Chi Lăng (na dai)").waitFor()
    await expect(widget.locator("section.w").getAttribute("data-layout")).resolves.toEqual("side")
    const video = await box(widget.getByTestId("video"))
    const panel = await box(widget.getByTestId("panel"))
    expect(video.x + video.width).toBeLessThanOrEqual(panel.x)
    expect(panel.y).toBeLessThan(video.y + video.height)
    expect(video.width).toBeGreaterThan(panel.width)
    await screenshot(page, "live-desktop")
    expect(await seriousViolations(page)).toEqual([])
    expect(await settled(errors)).toEqual([])
    await context.close()
  })
})

describe("the live page on a phone (390×844, touch)", () => {
  let context: BrowserContext
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    context = await browser.newContext(PHONE)
    page = await context.newPage()
    errors = watchErrors(page)
    await signedInBuyer(context, page)
  })
  afterAll(() => context?.close())

  it("fills the screen with the video, the pinned product and the claim button on screen, the header on one line", async () => {
    await page.goto(`${stack.storefront}/vi/live/${streamId}`)
    const widget = page.locator("ocop-live")
    const pinned = widget.getByTestId("pinned").first()
    await pinned.getByText("Na Chi Lăng (na dai)").waitFor()
    const claim = widget.getByRole("button", { name: "Chốt đơn" })
    await claim.waitFor()
    await expect(widget.locator("section.w").getAttribute("data-layout")).resolves.toEqual("vertical")
    expect(await page.evaluate(() => window.scrollY)).toBe(0)

    const viewport = 390 * 844
    const video = await box(widget.getByTestId("video"))
    const visible = Math.max(0, Math.min(390, video.x + video.width) - Math.max(0, video.x)) * Math.max(0, Math.min(844, video.y + video.height) - Math.max(0, video.y))
    expect(visible / viewport).toBeGreaterThanOrEqual(0.6)
    for (const l of [pinned, claim]) {
      const b = await box(l)
      expect(b.y).toBeGreaterThanOrEqual(0)
      expect(b.y + b.height).toBeLessThanOrEqual(844)
      expect(b.x).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width).toBeLessThanOrEqual(390)
    }
    // one line of header: the brand, the menu and the languages side by side
    const header = await box(page.locator(".site-header"))
    expect(header.height).toBeLessThanOrEqual(56)

    // the offer's accessible name has its price and units left; the countdown is spoken politely
    await widget.getByRole("group", { name: /Na Chi Lăng.*49\.000 ₫, còn 5 suất/ }).waitFor()
    await expect(widget.getByTestId("countdown-spoken").getAttribute("aria-live")).resolves.toEqual("polite")
    // the offer starts 10 s after launch: the spoken line says "starts in" until then, "ends in" after
    const spoken = widget.getByTestId("countdown-spoken")
    await spoken.filter({ hasText: /^Giá sốc (bắt đầu|kết thúc) sau \d+:\d\d$/ }).waitFor({ state: "attached" })
    await spoken.filter({ hasText: /^Giá sốc kết thúc sau \d+:\d\d$/ }).waitFor({ state: "attached", timeout: 20_000 })
    // captions: present, disabled and saying so for a stream without text tracks
    const captions = widget.getByRole("button", { name: "Phụ đề: luồng này không có phụ đề" })
    await expect(captions.isDisabled()).resolves.toBe(true)
    await screenshot(page, "live-phone")
    expect(await seriousViolations(page)).toEqual([])
  })

  it("takes a signed-in buyer with a saved address from claim to a placed cash-on-delivery order in two taps", async () => {
    const widget = page.locator("ocop-live")
    let taps = 0
    const tap = async (l: Locator) => {
      taps++
      await l.tap()
    }
    await tap(widget.getByRole("button", { name: "Chốt đơn" }))
    const sheet = widget.getByTestId("sheet")
    // claim, cart line, delivery options and the saved address: several calls on a busy machine
    await sheet
      .getByTestId("widget-summary")
      .waitFor({ timeout: 60_000 })
      .catch(async (e) => {
        await screenshot(page, "live-phone-sheet-failed")
        throw new Error(`${e.message}\nthe sheet says: ${await sheet.innerText().catch(() => "(no sheet)")}`)
      })
    await expect(sheet.getByTestId("widget-address").innerText()).resolves.toEqual("Nông Hoa · 0912345678 · 12 Trần Đăng Ninh, Phường Tam Thanh, Lạng Sơn")
    await sheet.getByText("Thanh toán khi nhận hàng (tiền mặt)").waitFor()
    // the sheet is over the video, on screen
    const s = await box(sheet)
    expect(s.y + s.height).toBeLessThanOrEqual(844)
    await screenshot(page, "live-phone-sheet")
    expect(await seriousViolations(page)).toEqual([])

    // the second tap writes once: the claim's order in one request, not the cart checkout's calls
    const writes: string[] = []
    const onRequest = (r: Request) => {
      const path = new URL(r.url()).pathname
      // a reconnect's live ticket is not part of the order
      if (r.method() !== "GET" && path !== "/api/live/ticket") writes.push(`${r.method()} ${path}`)
    }
    page.on("request", onRequest)
    await tap(sheet.getByTestId("widget-place-order"))
    const placed = widget.getByTestId("widget-order")
    await placed.waitFor({ timeout: 60_000 })
    page.off("request", onRequest)
    expect(taps).toBe(2)
    expect(writes).toHaveLength(1)
    expect(writes[0]).toMatch(/^POST \/api\/live\/claims\/[A-Za-z0-9_]+\/order$/)
    await screenshot(page, "live-phone-order")

    const orderId = (await placed.getByRole("link").getAttribute("href"))!.split("/").pop()!
    const token = await adminToken(stack.backend)
    const { order } = await adminGet(stack.backend, token, `/admin/orders/${orderId}?fields=id,email,*items,*shipping_address,*shipping_methods,*payment_collections.payment_sessions`)
    expect(order.items.map((i: any) => [i.product_handle, i.unit_price, i.quantity])).toEqual([["na-chi-lang", 49_000, 1]])
    expect(order.email).toMatch(/^hoa\.phone\.\d+@example\.vn$/)
    expect([order.shipping_address.address_1, order.shipping_address.city, order.shipping_address.phone]).toEqual(["12 Trần Đăng Ninh", "Lạng Sơn", "0912345678"])
    expect(order.shipping_methods).toHaveLength(1)
    expect(order.payment_collections[0].payment_sessions.map((p: any) => p.provider_id)).toEqual(["pp_system_default"])

    // the storefront's endpoint refuses the same claim again (already ordered), bad input and a signed-out caller
    const orderUrl = `${stack.storefront}${writes[0].slice("POST ".length)}`
    const again = await page.request.post(orderUrl, { data: { payment: "cod" } })
    expect([again.status(), (await again.json()).message]).toEqual([409, expect.stringContaining("already ordered")])
    const bad = await page.request.post(orderUrl, { data: { payment: "card" } })
    expect([bad.status(), (await bad.json()).message]).toEqual([400, expect.stringContaining("payment")])
    const guest = await fetch(orderUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ payment: "cod" }) })
    expect(guest.status).toBe(401)
    expect(await settled(errors)).toEqual([])
  })

  it("floats reactions up over the video, and not for a viewer who asked for reduced motion", async () => {
    const widget = page.locator("ocop-live")
    await widget.locator("button[data-kind=heart]").tap()
    await widget.locator(".floats .bubble").first().waitFor({ state: "attached", timeout: 15_000 })

    const still = await browser.newContext({ ...PHONE, reducedMotion: "reduce" })
    const p2 = await still.newPage()
    await p2.goto(`${stack.storefront}/vi/live/${streamId}`)
    const w2 = p2.locator("ocop-live")
    await w2.getByTestId("pinned").first().waitFor()
    const count = w2.locator("[data-count=heart]")
    const before = Number((await count.innerText()).trim() || 0)
    await w2.locator("button[data-kind=heart]").tap()
    await p2.waitForFunction(
      (n) => Number(document.querySelector("ocop-live")!.shadowRoot!.querySelector("[data-count=heart]")!.textContent!.trim() || 0) > n,
      before,
      { timeout: 15_000 }
    )
    await expect(w2.locator(".floats .bubble").count()).resolves.toBe(0)
    await still.close()
  })
})
