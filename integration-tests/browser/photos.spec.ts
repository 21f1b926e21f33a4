/**
 * Product photos end to end (issue 17): an operator uploads a photo through
 * Medusa's admin API (`POST /admin/uploads`, the File Module's local
 * provider), attaches it to a product, and the storefront shows it through
 * Next's image optimizer (AVIF/WebP, smaller at a smaller width). A product
 * without a photo shows its OCOP group's designed placeholder.
 */
import type { Browser, Page } from "playwright-core"
import { seriousViolations } from "./harness/axe"
import { launchBrowser, screenshot, settled, watchErrors } from "./harness/browser"
import { adminGet, adminToken } from "./harness/medusa"
import { startStack, type Stack } from "./harness/stack"
import { gradientPng } from "../helpers/png"
import { vi } from "../../storefront/src/i18n/vi"

jest.setTimeout(180_000)

const WITH_PHOTO = "na-chi-lang"
// herbal tea: OCOP group "herbal"
const WITHOUT_PHOTO = "tra-diep-ca-lua-vy"

let stack: Stack
let browser: Browser

beforeAll(async () => {
  stack = await startStack("photos")
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
}, 60_000)

async function storeProduct(handle: string): Promise<any> {
  const res = await fetch(`${stack.backend}/store/ocop/products/${handle}`, { headers: { "x-publishable-api-key": stack.publishableKey } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { product: any }).product
}

async function upload(token: string, png: Buffer, filename: string): Promise<{ id: string; url: string }> {
  const form = new FormData()
  form.append("files", new Blob([png], { type: "image/png" }), filename)
  const res = await fetch(`${stack.backend}/admin/uploads`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
  expect(res.status).toBe(200)
  const { files } = (await res.json()) as { files: { id: string; url: string }[] }
  expect(files).toHaveLength(1)
  return files[0]
}

/** The optimizer's answer for `src` (an `/_next/image?…` URL) as a browser asks for it. */
async function optimized(src: string): Promise<{ type: string; bytes: number }> {
  const res = await fetch(new URL(src, stack.storefront), { headers: { accept: "image/avif,image/webp,image/apng,image/*,*/*;q=0.8" } })
  expect(res.status).toBe(200)
  return { type: res.headers.get("content-type") ?? "", bytes: (await res.arrayBuffer()).byteLength }
}

function srcsetEntries(srcset: string): { url: string; width: number }[] {
  return srcset
    .split(/,\s+/)
    .map((entry) => entry.trim().split(/\s+/))
    .map(([url, w]) => ({ url, width: Number(w.replace(/w$/, "")) }))
    .sort((a, b) => a.width - b.width)
}

async function open(page: Page, path: string) {
  const res = await page.goto(`${stack.storefront}${path}`)
  expect(res?.status()).toBe(200)
}

describe("product photos", () => {
  it("an uploaded photo is served by the backend, attached to the product, and shown through next/image as AVIF or WebP", async () => {
    const token = await adminToken(stack.backend)
    const png = gradientPng(480, 360)
    const file = await upload(token, png, "na-chi-lang.png")
    // the local provider's URL, served by the backend itself
    expect(file.url.startsWith(`${stack.backend}/static/`)).toBe(true)
    const served = await fetch(file.url)
    expect(served.status).toBe(200)
    expect(served.headers.get("content-type")).toEqual("image/png")
    // an upload never runs as a page of the backend's origin (the admin lives there)
    expect(served.headers.get("x-content-type-options")).toEqual("nosniff")
    expect(served.headers.get("content-security-policy")).toContain("sandbox")
    await expect(fetch(`${stack.backend}/static/no-such-photo.png`).then((r) => r.status)).resolves.toBe(404)
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)

    const { products } = await adminGet(stack.backend, token, `/admin/products?handle=${WITH_PHOTO}&fields=id,title`)
    expect(products).toHaveLength(1)
    const attached = await fetch(`${stack.backend}/admin/products/${products[0].id}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ thumbnail: file.url, images: [{ url: file.url }] }),
    })
    expect(attached.status).toBe(200)
    expect((await storeProduct(WITH_PHOTO)).thumbnail).toEqual(file.url)

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await open(page, `/vi/products/${WITH_PHOTO}`)
    const img = page.locator(".pdp [data-photo] img")
    await expect(img.count()).resolves.toBe(1)
    await expect(img.getAttribute("alt")).resolves.toEqual(products[0].title)
    // width and height reserve the space before the photo arrives
    await expect(img.getAttribute("width")).resolves.toEqual("800")
    await expect(img.getAttribute("height")).resolves.toEqual("600")
    const src = (await img.getAttribute("src"))!
    expect(src).toMatch(/^\/_next\/image\?url=/)
    expect(new URL(src, stack.storefront).searchParams.get("url")).toEqual(file.url)
    // the browser really got the picture (CSP and optimizer allow it)
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>(".pdp [data-photo] img")
      return !!el && el.complete && el.naturalWidth > 0
    })
    await expect(page.locator(".pdp [data-placeholder]").count()).resolves.toBe(0)
    await screenshot(page, "product-photo")

    const entries = srcsetEntries((await img.getAttribute("srcset"))!)
    expect(entries.length).toBeGreaterThan(1)
    const small = await optimized(entries[0].url)
    const large = await optimized(entries[entries.length - 1].url)
    for (const answer of [small, large]) expect(["image/avif", "image/webp"]).toContain(answer.type)
    expect(small.bytes).toBeLessThan(large.bytes)
    expect(small.bytes).toBeLessThan(png.length)

    // the catalogue's card shows the same photo, optimized
    await open(page, `/vi/products?q=${encodeURIComponent("Na Chi Lăng")}`)
    const cardImg = page.locator("article.card", { hasText: products[0].title }).locator("[data-photo] img")
    await expect(cardImg.count()).resolves.toBe(1)
    expect(await cardImg.getAttribute("src")).toMatch(/^\/_next\/image\?url=/)
    await expect(cardImg.getAttribute("alt")).resolves.toEqual(products[0].title)

    // a kiosk tile shows it too, decorative: the tile's button keeps the product's name as its name
    await open(page, "/vi/kiosk/ky-lua/shop?idle=600")
    const tile = page.locator(`[data-testid=kiosk-tile][data-handle=${WITH_PHOTO}]`)
    const tileImg = tile.locator("[data-photo] img")
    await expect(tileImg.getAttribute("alt")).resolves.toEqual("")
    expect(await tileImg.getAttribute("src")).toMatch(/^\/_next\/image\?url=/)
    await expect(page.getByRole("button", { name: new RegExp(`^${products[0].title.replace(/[()]/g, "\\$&")}`) }).count()).resolves.toBe(1)
    expect(await settled(errors)).toEqual([])
    await context.close()
  })

  it("a product without a photo shows its OCOP group's placeholder with its name, hidden from assistive technology", async () => {
    const product = await storeProduct(WITHOUT_PHOTO)
    expect(product.thumbnail ?? null).toBeNull()
    expect(product.ocop.group).toEqual("herbal")

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await open(page, `/vi/products/${WITHOUT_PHOTO}`)
    const placeholder = page.locator(".pdp [data-placeholder]")
    await expect(placeholder.getAttribute("data-placeholder")).resolves.toEqual("herbal")
    await expect(placeholder.getAttribute("aria-hidden")).resolves.toEqual("true")
    await expect(placeholder.locator("svg").count()).resolves.toBe(1)
    await expect(placeholder.locator(".ph-name").textContent()).resolves.toEqual(product.title)
    await expect(placeholder.locator(".ph-group").textContent()).resolves.toEqual(vi.groups.herbal)
    await expect(page.locator(".pdp [data-photo]").count()).resolves.toBe(0)
    // the name is the page's heading, not only the picture's
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toEqual(product.title)
    await screenshot(page, "product-placeholder")
    expect(await seriousViolations(page)).toEqual([])

    // every card of the catalogue: a photo or its group's placeholder, never a lone letter
    await open(page, "/vi/products")
    const thumbs = page.locator("article.card .thumb")
    expect(await thumbs.count()).toBeGreaterThan(5)
    for (const thumb of await thumbs.all()) {
      const art = await thumb.getAttribute("data-placeholder")
      if (art === null) {
        await expect(thumb.locator("img").count()).resolves.toBe(1)
        continue
      }
      expect(["food", "beverage", "herbal", "handicraft", "ornamental", "tourism", "other"]).toContain(art)
      expect((await thumb.locator(".ph-name").innerText()).length).toBeGreaterThan(1)
    }
    await screenshot(page, "catalogue-placeholders")
    expect(await seriousViolations(page)).toEqual([])
    expect(await settled(errors)).toEqual([])
    await context.close()
  })
})
