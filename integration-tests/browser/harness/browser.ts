/** Debian's Chromium through playwright-core, with a fresh profile per launch. */
import fs from "fs"
import path from "path"
import { chromium, type Browser, type Page } from "playwright-core"
import { ROOT } from "./stack"

export const SCREENSHOTS = path.join(ROOT, "test-artifacts", "screenshots")

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/** Fails the test on uncaught errors in the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on("pageerror", (e) => errors.push(`${new URL(page.url()).pathname}: ${e.message}`))
  return errors
}
