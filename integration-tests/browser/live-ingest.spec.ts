/**
 * Going live from an encoder (#14) in Chromium against the real stack with
 * its media server: the producer console shows the stream's RTMP URL and key
 * (and their QR code); a synthetic encoder (ffmpeg, like OBS) publishes with
 * them; the stream turns live and the live page's <ocop-live>, open since
 * before, switches to the stream and plays it as HTTP-FLV through mpegts.js
 * — its video's clock advances.
 */
import type { Browser, Page } from "playwright-core"
import { publishTestStream, type Encoder } from "../helpers/encoder"
import { launchBrowser, screenshot, watchErrors } from "./harness/browser"
import { startStack, type Stack } from "./harness/stack"

jest.setTimeout(240_000)

let stack: Stack
let browser: Browser
let encoder: Encoder | null = null

beforeAll(async () => {
  stack = await startStack("ingest", { liveGateway: true, liveMedia: true })
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  encoder?.stop()
  await browser?.close()
  await stack?.stop()
}, 60_000)

async function until<T>(check: () => Promise<T | null | undefined | false>, what: string, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check().catch(() => null)
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

const videoTime = (page: Page) => page.locator("ocop-live video").first().evaluate((v: HTMLVideoElement) => v.currentTime)

it("a producer publishes with the console's key and the live page plays the stream", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${stack.storefront}/vi/producer`)
  await page.getByLabel("Email").fill(stack.logins.producer.email)
  await page.getByLabel("Mật khẩu").fill(stack.logins.producer.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  const schedule = page.getByRole("form", { name: "Lên lịch" })
  await schedule.waitFor()
  await schedule.getByLabel("Tiêu đề", { exact: true }).fill("Phát từ OBS: na Chi Lăng")
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
  await schedule.getByLabel("Thời gian").fill(`${tomorrow}T20:00`)
  await schedule.getByRole("button", { name: "Lên lịch" }).click()
  await page.waitForURL(/\/vi\/producer\/streams\/[^/?]+$/)
  const streamId = new URL(page.url()).pathname.split("/").pop()!

  // the ingest panel: server, secret key, full URL (and its QR code) for the encoder
  await page.getByTestId("ingest-panel").waitFor()
  const server = await page.getByTestId("ingest-server").inputValue()
  const key = await page.getByTestId("ingest-key").inputValue()
  const url = await page.getByTestId("ingest-url").inputValue()
  expect(server).toBe(`rtmp://localhost:${stack.rtmpPort}/live`)
  expect(key).toMatch(new RegExp(`^${streamId}\\?key=[\\w-]{32}$`))
  expect(url).toBe(`${server}/${key}`)
  expect(await page.getByTestId("ingest-key").getAttribute("type")).toBe("password")
  expect(await page.getByTestId("ingest-qr").getAttribute("data-qr-text")).toBe(url)
  await screenshot(page, "producer-ingest")

  // a viewer waits on the scheduled stream's page (no video yet)
  const viewer = await (await browser.newContext()).newPage()
  const errors = watchErrors(viewer)
  await viewer.goto(`${stack.storefront}/vi/live/${streamId}`)
  await viewer.locator("ocop-live").waitFor()
  expect(await viewer.locator("ocop-live video").count()).toBe(0)

  encoder = publishTestStream(url.replace("//localhost:", "//127.0.0.1:"))
  await until(async () => {
    await page.reload()
    return (await page.getByTestId("stream-status").innerText()).includes("Trực tiếp")
  }, "the stream to go live")

  // without a reload, the page switches to the shop's video (`stream:video`) and plays it
  const video = viewer.locator("ocop-live video").first()
  await video.waitFor({ state: "attached" })
  expect(await video.getAttribute("data-player")).toBe("flv")
  const first = await until(async () => ((await videoTime(viewer)) > 0.5 ? videoTime(viewer) : null), "the video to play")
  const later = await until(async () => {
    const t = await videoTime(viewer)
    return t > first + 1 ? t : null
  }, "the video's clock to advance")
  expect(later).toBeGreaterThan(first)
  await screenshot(viewer, "live-ingest-playing")
  expect(errors).toEqual([])
})
