/**
 * Going live from an encoder (#14) in Chromium against the real stack with
 * its media server: the producer console shows the stream's RTMP URL and key
 * (and their QR code); a synthetic encoder (ffmpeg, like OBS) publishes with
 * them; the stream turns live and the live page's <ocop-live>, open since
 * before, switches to the stream and plays it as HTTP-FLV through mpegts.js
 * — its video's clock advances.
 */
import type { Page } from "playwright-core"
import { screenshot, watchErrors } from "./harness/browser"
import { scheduleInConsole, until, useLiveStack } from "./harness/live"

jest.setTimeout(240_000)

const live = useLiveStack("ingest")

const videoTime = (page: Page) => page.locator("ocop-live video").first().evaluate((v: HTMLVideoElement) => v.currentTime)

it("a producer publishes with the console's key and the live page plays the stream", async () => {
  const { stack, browser } = live
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  const page = await context.newPage()
  const streamId = await scheduleInConsole(page, stack, "Phát từ OBS: na Chi Lăng")

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

  live.publish(url)
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
