/**
 * Sharing with a referral code (issue #17) in Chromium against the real
 * stack: without the Web Share API the share button opens a sheet (Zalo,
 * Facebook, copy link); the copied link carries the sharer's `ref`; the share
 * is a demand signal; a visitor opening that link in a fresh browser is
 * counted once as a visit from a share, however often the page is reloaded.
 */
import type { Browser } from "playwright-core"
import { seriousViolations } from "./harness/axe"
import { launchBrowser, screenshot, settled, watchErrors } from "./harness/browser"
import { dbQuery, waitForRows } from "./harness/db"
import { startStack, type Stack } from "./harness/stack"
import { linkPreview } from "./harness/link-preview"
import { decodePng, type DecodedPng } from "../helpers/png"

jest.setTimeout(240_000)

let stack: Stack
let browser: Browser
let productId: string

const HANDLE = "na-chi-lang"

beforeAll(async () => {
  stack = await startStack("share")
  browser = await launchBrowser()
  productId = (await dbQuery(stack.databaseUrl, `SELECT id FROM product WHERE handle = $1`, [HANDLE]))[0].id
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
}, 60_000)

const eventsOf = (kind: string) =>
  `SELECT kind, channel, referral_code, session_id, product_id FROM demand_event WHERE kind = '${kind}' AND product_id = $1 ORDER BY id`

describe("the share sheet", () => {
  let shared: string
  let code: string

  it("opens Zalo, Facebook and copy link when the browser has no Web Share, and copies a link with the sharer's code", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] })
    // Chromium on Linux has no navigator.share; make sure of it
    await context.addInitScript(() => {
      delete (Navigator.prototype as any).share
    })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${stack.storefront}/vi/products/${HANDLE}`)
    const sheet = page.getByTestId("share-sheet")
    expect(await sheet.isVisible()).toBe(false)
    await page.getByTestId("share-button").click()
    await sheet.getByRole("heading", { name: "Chia sẻ trang này" }).waitFor()
    expect(await page.getByTestId("share-button").getAttribute("aria-expanded")).toEqual("true")

    await sheet.getByRole("button", { name: "Sao chép liên kết" }).click()
    await page.getByTestId("share-status").getByText("Đã sao chép liên kết").waitFor()
    shared = await page.evaluate(() => navigator.clipboard.readText())
    const url = new URL(shared)
    expect(`${url.origin}${url.pathname}`).toEqual(`${stack.storefront}/vi/products/${HANDLE}`)
    code = url.searchParams.get("ref")!
    expect(code).toMatch(/^[A-Za-z0-9]{8,16}$/)

    // Zalo and Facebook share the same link
    const zalo = await sheet.getByRole("link", { name: "Chia sẻ qua Zalo" }).getAttribute("href")
    const facebook = await sheet.getByRole("link", { name: "Chia sẻ lên Facebook" }).getAttribute("href")
    expect(zalo).toContain(`url=${encodeURIComponent(shared)}`)
    expect(facebook).toEqual(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(shared)}`)

    // the same guest shares again: the same code
    await page.reload()
    await page.getByTestId("share-button").click()
    await page.getByTestId("share-sheet").getByRole("button", { name: "Sao chép liên kết" }).click()
    await page.getByTestId("share-status").getByText("Đã sao chép liên kết").waitFor()
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get("ref")).toEqual(code)

    await screenshot(page, "share-sheet")
    expect(await seriousViolations(page)).toEqual([])
    expect(await settled(errors)).toEqual([])

    const shares = await waitForRows(stack.databaseUrl, eventsOf("share"), [productId], (rows) => rows.length >= 2)
    expect(shares.map((s) => [s.channel, s.referral_code])).toEqual([
      ["copy", code],
      ["copy", code],
    ])
    await context.close()
  })

  it("counts a visit through the shared link once per visitor session, not per reload", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(shared)
    await page.getByRole("heading", { level: 1 }).waitFor()
    const visits = await waitForRows(stack.databaseUrl, eventsOf("referral_visit"), [productId], (rows) => rows.length >= 1)
    expect(visits).toEqual([expect.objectContaining({ referral_code: code, channel: null, product_id: productId })])
    const session = visits[0].session_id

    // a reload sends the page view again, and no second visit
    await page.reload()
    const views = `SELECT count(*)::int AS n FROM demand_event WHERE kind = 'product_view' AND session_id = $1`
    await waitForRows(stack.databaseUrl, views, [session], (rows) => rows[0].n >= 2)
    expect(await dbQuery(stack.databaseUrl, eventsOf("referral_visit"), [productId])).toHaveLength(1)
    expect(await settled(errors)).toEqual([])
    await context.close()
  })

  it("offers the same sheet on the live page", async () => {
    const [stream] = await dbQuery(stack.databaseUrl, `SELECT id FROM live_stream WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1`)
    const context = await browser.newContext()
    await context.addInitScript(() => {
      delete (Navigator.prototype as any).share
    })
    const page = await context.newPage()
    await page.goto(`${stack.storefront}/en/live/${stream.id}`)
    await page.getByTestId("share-button").click()
    const zalo = await page.getByTestId("share-sheet").getByRole("link", { name: "Share on Zalo" }).getAttribute("href")
    const link = new URL(new URL(zalo!).searchParams.get("url")!)
    expect(link.pathname).toEqual(`/en/live/${stream.id}`)
    expect(link.searchParams.get("ref")).toMatch(/^[A-Za-z0-9]{8,16}$/)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})

/** Pixels drawn in the title's ink (#1d1d1b: nothing else on the card is that dark) inside a box. */
function inkPixels(png: DecodedPng, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const p = (y * png.width + x) * png.channels
      if (png.pixels[p] < 60 && png.pixels[p + 1] < 60 && png.pixels[p + 2] < 60) n++
    }
  return n
}

describe("share images in Chinese (issue 16)", () => {
  it("draws the product's Chinese name on the /zh page's image with the bundled Noto Sans SC, fetching no font", async () => {
    const [vi, zh] = await Promise.all(
      ["vi", "zh"].map((l) => linkPreview(`${stack.storefront}/${l}/products/${HANDLE}`))
    )
    // the zh page's preview: its Chinese title (支陵番荔枝…, only Han characters and full-width brackets)
    expect(zh.title).toMatch(/^支陵番荔枝/)
    for (const preview of [vi, zh]) expect(preview.image).toEqual({ status: 200, type: "image/png", width: 1200, height: 630 })
    expect(zh.imageBytes!.equals(vi.imageBytes!)).toBe(false)
    const [viPng, zhPng] = [decodePng(vi.imageBytes!), decodePng(zh.imageBytes!)]
    expect({ width: zhPng.width, height: zhPng.height }).toEqual({ width: 1200, height: 630 })
    // the title's band (between the kicker and the footer): glyphs drawn in the title's ink on both;
    // a Chinese title whose glyphs were dropped would leave it empty
    const band = { x0: 64, y0: 120, x1: 1136, y1: 480 }
    expect(inkPixels(viPng, band)).toBeGreaterThan(2000)
    expect(inkPixels(zhPng, band)).toBeGreaterThan(2000)
    // every glyph came from the bundled fonts: none was looked up on the internet
    expect(stack.output()).not.toContain("Failed to load dynamic font")
  })
})
