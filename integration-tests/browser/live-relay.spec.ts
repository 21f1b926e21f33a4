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
import { freePort } from "../helpers/encoder"
import { receiveRtmp, type RtmpReceiver } from "../helpers/rtmp-receiver"
import { screenshot } from "./harness/browser"
import { scheduleInConsole, until, useLiveStack } from "./harness/live"

jest.setTimeout(240_000)

const live = useLiveStack("relay")
let receiver: RtmpReceiver | null = null
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-relay-browser-"))

afterAll(() => {
  receiver?.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
})

it("a producer adds a destination in the console and the encoder's session reaches it, shown live", async () => {
  const { stack, browser } = live
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 1200 } })).newPage()
  await scheduleInConsole(page, stack, "Phát đa nền tảng: hồi Lạng Sơn")

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
  live.publish(url)
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
