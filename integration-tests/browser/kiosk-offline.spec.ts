/**
 * The offline kiosk (issue 16) in Chromium against the real stack: loaded
 * online (the service worker installs and keeps the page), the network is
 * cut in the browser, two orders are taken and shown queued, a reload
 * offline brings back the page and the queue, and when the network returns
 * both are placed exactly once (checked in the database by idempotency key).
 * Then a VietQR order offline: its QR (the cached payee, the exact total, the
 * reference derived from its key) is shown and the order queued; back online
 * it is placed once with a pending VietQR payment under that reference.
 */
import type { Browser, BrowserContext, Page } from "playwright-core"
import { parseVietQrPayload, referenceFromKey } from "@ocop-live/payment-vietqr/lib/vietqr"
import { seriousViolations } from "./harness/axe"
import { launchBrowser, screenshot, settled, watchErrors } from "./harness/browser"
import { dbQuery, waitForRows } from "./harness/db"
import { startStack, type Stack } from "./harness/stack"

jest.setTimeout(240_000)

let stack: Stack
let browser: Browser
let context: BrowserContext
let page: Page
let errors: string[]

beforeAll(async () => {
  stack = await startStack("kiosk_offline")
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  page = await context.newPage()
  errors = watchErrors(page)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
}, 60_000)

const SHOP = () => `${stack.storefront}/vi/kiosk/ky-lua/shop?idle=600`

/** Two stocked products without alcohol (alcohol needs the buyer's 18+ confirmation). */
async function twoHandles(): Promise<string[]> {
  const res = await fetch(
    `${stack.backend}/store/products?limit=100&fields=handle,metadata,*variants,+variants.inventory_quantity,+variants.manage_inventory`,
    { headers: { "x-publishable-api-key": stack.publishableKey } }
  )
  const { products } = (await res.json()) as { products: any[] }
  return products
    .filter((p) => !p.metadata?.alcohol_abv && p.variants[0]?.manage_inventory && p.variants[0].inventory_quantity >= 3)
    .map((p) => p.handle)
    .slice(0, 2)
}

const queued = () => page.getByTestId("kiosk-queued-order")
const statuses = () => queued().evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))

describe("the offline kiosk", () => {
  let keys: string[]

  it("installs its service worker and keeps the kiosk page", async () => {
    await page.goto(SHOP())
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }))
      }
    })
    // this load goes through the worker, which keeps the page for offline use
    await page.reload()
    await page.getByTestId("kiosk-tile").first().waitFor()
    const kept = await page.evaluate(async () => (await (await caches.open("kiosk-pages")).keys()).map((r) => new URL(r.url).pathname))
    expect(kept).toContain("/vi/kiosk/ky-lua/shop")
  })

  it("offline, takes two orders and shows them queued; a reload keeps page and queue", async () => {
    const [a, b] = await twoHandles()
    await context.setOffline(true)
    const offline = page.getByTestId("kiosk-offline")
    await offline.waitFor()

    await page.locator(`[data-testid=kiosk-tile][data-handle="${a}"]`).click()
    await page.locator(`[data-testid=kiosk-tile][data-handle="${a}"]`).click()
    await expect(page.getByTestId("kiosk-offline-count").innerText()).resolves.toBe("(2)")
    await page.getByTestId("kiosk-queue-cash").click()
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=kiosk-queued-order]").length === 1)

    await page.locator(`[data-testid=kiosk-tile][data-handle="${b}"]`).click()
    await page.getByTestId("kiosk-queue-cash").click()
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=kiosk-queued-order]").length === 2)
    expect(await statuses()).toEqual(["queued", "queued"])
    await expect(page.getByTestId("kiosk-queue-count").innerText()).resolves.toBe("(2)")
    keys = await queued().evaluateAll((els) => els.map((e) => e.getAttribute("data-key")!))
    expect(new Set(keys).size).toBe(2)
    await screenshot(page, "kiosk-offline-queued")
    expect(await seriousViolations(page)).toEqual([])

    // nothing reached the backend while offline
    const none = await dbQuery(stack.databaseUrl, `SELECT id FROM kiosk_order WHERE idempotency_key = ANY($1)`, [keys])
    expect(none).toEqual([])

    // a reload while offline: the page comes from the service worker, the queue from IndexedDB
    await page.reload()
    await page.getByTestId("kiosk-offline").waitFor()
    await page.getByTestId("kiosk-tile").first().waitFor()
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=kiosk-queued-order]").length === 2)
    expect(await queued().evaluateAll((els) => els.map((e) => e.getAttribute("data-key")))).toEqual(keys)
    expect(await statuses()).toEqual(["queued", "queued"])
  })

  it("back online, each queued order is placed exactly once", async () => {
    const navigations: string[] = []
    page.on("framenavigated", (f) => f === page.mainFrame() && navigations.push(f.url()))
    await context.setOffline(false)
    await page
      .waitForFunction(
        () => {
          const orders = [...document.querySelectorAll("[data-testid=kiosk-queued-order]")]
          return orders.length === 2 && orders.every((e) => e.getAttribute("data-status") === "placed")
        },
        undefined,
        { timeout: 60_000 }
      )
      .catch(async (e) => {
        await screenshot(page, "kiosk-offline-not-placed")
        const queue = await page.getByTestId("kiosk-queue").innerText().catch(() => "(no queue shown)")
        throw new Error(`${e.message}\nqueue: ${queue}\nnavigations: ${navigations.join(", ")}`)
      })
    const texts = await page.getByTestId("kiosk-queued-status").allInnerTexts()
    expect(texts).toEqual([expect.stringMatching(/^Đã đặt đơn #\d+$/), expect.stringMatching(/^Đã đặt đơn #\d+$/)])
    await expect(page.getByTestId("kiosk-queue-count").innerText()).resolves.toBe("(0)")

    const byKey = `SELECT o.metadata->>'kiosk_order_key' AS key, o.display_id FROM "order" o
       WHERE o.metadata->>'kiosk_order_key' = ANY($1) ORDER BY o.created_at`
    const orders = await waitForRows(stack.databaseUrl, byKey, [keys], (rows) => rows.length >= 2)
    expect(orders.map((o) => o.key).sort()).toEqual([...keys].sort())
    expect(texts.map((t) => Number(t.split("#")[1])).sort()).toEqual(orders.map((o) => Number(o.display_id)).sort())

    // a reload online sends nothing again
    await page.reload()
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=kiosk-queued-order][data-status=placed]").length === 2)
    await new Promise((r) => setTimeout(r, 2000))
    expect(await dbQuery(stack.databaseUrl, byKey, [keys])).toHaveLength(2)
    expect(await settled(errors)).toEqual([])
  })

  it("offline, a VietQR order shows its QR and is queued; back online it is placed once, pending under that reference", async () => {
    const [, b] = await twoHandles()
    const payee = (await (
      await fetch(`${stack.backend}/store/kiosk/payee`, { headers: { "x-publishable-api-key": stack.publishableKey } })
    ).json()) as { vietqr: { bank_bin: string; account_number: string } }
    await context.setOffline(true)
    await page.getByTestId("kiosk-offline").waitFor()
    await page.locator(`[data-testid=kiosk-tile][data-handle="${b}"]`).click()
    await expect(page.getByTestId("kiosk-offline-count").innerText()).resolves.toBe("(1)")
    await page.getByTestId("kiosk-queue-vietqr").click()

    const shown = page.getByTestId("kiosk-vietqr")
    await shown.waitFor()
    const key = (await shown.getAttribute("data-key"))!
    const reference = referenceFromKey(key)
    const payload = (await page.getByTestId("kiosk-vietqr-code").getAttribute("data-qr-text"))!
    const { fields } = parseVietQrPayload(payload)
    expect(fields).toMatchObject({
      bankBin: payee.vietqr.bank_bin,
      accountNumber: payee.vietqr.account_number,
      service: "QRIBFTTA",
      additionalData: { purpose: reference },
    })
    expect(fields.amount).toEqual(expect.any(Number))
    expect(await page.getByTestId("kiosk-vietqr-reference").innerText()).toBe(reference)
    expect(await page.locator("[data-testid=kiosk-vietqr-code] svg path").count()).toBeGreaterThan(0)
    const item = page.locator(`[data-testid=kiosk-queued-order][data-key="${key}"]`)
    await item.waitFor()
    expect(await item.getAttribute("data-status")).toBe("queued")
    expect(await item.getAttribute("data-payment")).toBe("vietqr")
    expect(await item.innerText()).toContain(reference)
    await screenshot(page, "kiosk-offline-vietqr")
    expect(await seriousViolations(page)).toEqual([])
    expect(await dbQuery(stack.databaseUrl, `SELECT id FROM kiosk_order WHERE idempotency_key = $1`, [key])).toEqual([])
    await page.getByTestId("kiosk-vietqr-done").click()
    await shown.waitFor({ state: "detached" })
    // the stall keeper shows it again from the queue: the same transfer
    await item.getByTestId("kiosk-vietqr-show").click()
    await shown.waitFor()
    expect(await page.getByTestId("kiosk-vietqr-code").getAttribute("data-qr-text")).toBe(payload)
    await page.getByTestId("kiosk-vietqr-done").click()

    await context.setOffline(false)
    await page.waitForFunction(
      (k) => document.querySelector(`[data-testid=kiosk-queued-order][data-key="${k}"]`)?.getAttribute("data-status") === "placed",
      key,
      { timeout: 60_000 }
    )
    const sql = `SELECT o.id, ps.provider_id, ps.status, ps.amount, ps.data->>'reference' AS reference,
        (SELECT count(*) FROM payment p WHERE p.payment_collection_id = ps.payment_collection_id AND p.deleted_at IS NULL) AS payments
       FROM "order" o
       JOIN order_payment_collection opc ON opc.order_id = o.id AND opc.deleted_at IS NULL
       JOIN payment_session ps ON ps.payment_collection_id = opc.payment_collection_id AND ps.deleted_at IS NULL
       WHERE o.metadata->>'kiosk_order_key' = $1`
    const rows = await waitForRows(stack.databaseUrl, sql, [key], (r) => r.length >= 1)
    // placed once, its transfer pending under the QR's reference and for the QR's amount: not paid
    expect(rows).toEqual([
      expect.objectContaining({ provider_id: "pp_vietqr_vietqr", status: "pending_authorization", reference }),
    ])
    expect(Number(rows[0].amount)).toBe(fields.amount)
    expect(Number(rows[0].payments)).toBe(0)
    expect(await page.locator(`[data-testid=kiosk-queued-order][data-key="${key}"]`).innerText()).toContain(reference)
    expect(await settled(errors)).toEqual([])
  })
})
