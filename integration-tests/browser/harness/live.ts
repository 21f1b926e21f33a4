/**
 * What the encoder suites (live-ingest, live-relay, live-replay) share: a
 * stack with its live gateway and media server, a browser, the synthetic
 * encoder a test starts (stopped after the file), and the producer console's
 * way to schedule a stream.
 */
import type { Browser, Page } from "playwright-core"
import { publishTestStream, type Encoder } from "../../helpers/encoder"
import { waitFor } from "../../helpers/harness"
import { launchBrowser } from "./browser"
import { startStack, type Stack } from "./stack"

export type LiveSetup = {
  stack: Stack
  browser: Browser
  /** Starts the synthetic encoder publishing to `rtmpUrl` (the URL the console or API gives). */
  publish(rtmpUrl: string): Encoder
  /** Stops the encoder started last, if it runs. */
  stopEncoder(): void
}

/** The RTMP URL an encoder in the test process publishes to: the stack's media server listens on 127.0.0.1. */
export const loopbackRtmpUrl = (rtmpUrl: string): string => rtmpUrl.replace("//localhost:", "//127.0.0.1:")

/**
 * Registers the file's beforeAll/afterAll: starts the stack (`name`, with
 * `env` set in this process while it starts) and a browser; afterwards stops
 * the encoder, the browser and the stack. Read the fields inside tests.
 */
export function useLiveStack(name: string, env: Record<string, string> = {}): LiveSetup {
  let encoder: Encoder | null = null
  const setup = {
    publish: (rtmpUrl: string) => (encoder = publishTestStream(loopbackRtmpUrl(rtmpUrl))),
    stopEncoder: () => {
      encoder?.stop()
      encoder = null
    },
  } as LiveSetup
  beforeAll(async () => {
    Object.assign(process.env, env)
    setup.stack = await startStack(name, { liveGateway: true, liveMedia: true })
    setup.browser = await launchBrowser()
  }, 900_000)
  afterAll(async () => {
    setup.stopEncoder()
    await setup.browser?.close()
    await setup.stack?.stop()
    for (const key of Object.keys(env)) delete process.env[key]
  }, 60_000)
  return setup
}

/** Logs the producer in on the console and schedules a stream for tomorrow 20:00; answers its id (the page is on the stream). */
export async function scheduleInConsole(page: Page, stack: Stack, title: string): Promise<string> {
  await page.goto(`${stack.storefront}/vi/producer`)
  await page.getByLabel("Email").fill(stack.logins.producer.email)
  await page.getByLabel("Mật khẩu").fill(stack.logins.producer.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  const schedule = page.getByRole("form", { name: "Lên lịch" })
  await schedule.waitFor()
  await schedule.getByLabel("Tiêu đề", { exact: true }).fill(title)
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
  await schedule.getByLabel("Thời gian").fill(`${tomorrow}T20:00`)
  await schedule.getByRole("button", { name: "Lên lịch" }).click()
  await page.waitForURL(/\/vi\/producer\/streams\/[^/?]+$/)
  return new URL(page.url()).pathname.split("/").pop()!
}

/** The harness's `waitFor` paced for a live stack: every second, up to 90 s, a throwing check (a page mid-reload) counting as "not yet". */
export const until = <T>(check: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 90_000): Promise<T> =>
  waitFor(check, { what, timeoutMs, intervalMs: 1000, retryErrors: true })
