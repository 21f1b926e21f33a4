/**
 * Multistream (#14) in Chromium against the real stack with its media
 * server: the producer adds an RTMP destination in the console's
 * Multistream panel (a bad one is refused with the field named), the key
 * shows only as its last 4 characters; a synthetic encoder publishes to the
 * shop and the media server relays the session to the destination — a second
 * RTMP server (ffmpeg listening) receives it and the panel shows it live.
 */
import fs from "fs"
import os from "os"
import path from "path"
import type { Browser } from "playwright-core"
import { freePort, publishTestStream, type Encoder } from "../helpers/encoder"
import { receiveRtmp, type RtmpReceiver } from "../helpers/rtmp-receiver"
import { launchBrowser, screenshot } from "./harness/browser"
import { startStack, type Stack } from "./harness/stack"

jest.setTimeout(240_000)

let stack: Stack
let browser: Browser
let encoder: Encoder | null = null
let receiver: RtmpReceiver | null = null
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-relay-browser-"))

beforeAll(async () => {
  stack = await startStack("relay", { liveGateway: true, liveMedia: true })
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  encoder?.stop()
  receiver?.stop()
  await browser?.close()
  await stack?.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
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

it("a producer adds a destination in the console and the encoder's session reaches it, shown live", async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 1200 } })).newPage()
  await page.goto(`${stack.storefront}/vi/producer`)
  await page.getByLabel("Email").fill(stack.logins.producer.email)
  await page.getByLabel("Mật khẩu").fill(stack.logins.producer.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  const schedule = page.getByRole("form", { name: "Lên lịch" })
  await schedule.waitFor()
  await schedule.getByLabel("Tiêu đề", { exact: true }).fill("Phát đa nền tảng: hồi Lạng Sơn")
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
  await schedule.getByLabel("Thời gian").fill(`${tomorrow}T20:00`)
  await schedule.getByRole("button", { name: "Lên lịch" }).click()
  await page.waitForURL(/\/vi\/producer\/streams\/[^/?]+$/)

  const panel = page.getByTestId("relay-panel")
  await panel.waitFor()
  const port = await freePort()
  const key = `yt-relay-${Date.now()}-q7r8`
  receiver = receiveRtmp(port, "live2", key, path.join(tmp, "received.flv"))

  // a Facebook destination must be on Facebook's servers: refused, the field named
  await panel.getByLabel("Nền tảng").selectOption("facebook")
  await panel.getByLabel("URL máy chủ (rtmp:// hoặc rtmps://)").fill(receiver.url)
  await panel.getByLabel("Khoá luồng").fill(key)
  await panel.getByRole("button", { name: "Thêm điểm phát" }).click()
  await page.getByRole("alert").filter({ hasText: "url must be a facebook ingest server" }).waitFor()
  expect(await page.getByTestId("relay-destination").count()).toBe(0)

  await panel.getByLabel("Nền tảng").selectOption("custom")
  await panel.getByLabel("URL máy chủ (rtmp:// hoặc rtmps://)").fill(receiver.url)
  await panel.getByLabel("Khoá luồng").fill(key)
  await panel.getByRole("button", { name: "Thêm điểm phát" }).click()
  const destination = page.getByTestId("relay-destination")
  await destination.waitFor()
  expect(await destination.innerText()).toContain("khoá ••••q7r8")
  expect(await page.getByTestId("relay-state").getAttribute("data-state")).toBe("idle")
  expect(await page.content()).not.toContain(key)

  const url = await page.getByTestId("ingest-url").inputValue()
  encoder = publishTestStream(url.replace("//localhost:", "//127.0.0.1:"))
  // the panel refreshes itself while live; the reload only brings the page's live state
  await until(async () => {
    await page.reload()
    return (await page.getByTestId("stream-status").innerText()).includes("Trực tiếp")
  }, "the stream to go live")
  await until(async () => (await page.getByTestId("relay-state").getAttribute("data-state")) === "live", "the relay to show live")
  expect(await page.getByTestId("relay-state").innerText()).toBe("đang phát")
  await until(async () => receiver!.size() > 20_000, "media at the second RTMP server")
  expect(receiver.log()).not.toMatch(/Unexpected stream/)
  await screenshot(page, "producer-multistream")
})
