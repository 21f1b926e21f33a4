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

const HYDRATION_MISMATCH = /Minified React error #418\b/
const rechecks = new WeakMap<string[], Promise<void>[]>()

/**
 * Collects uncaught errors and Content-Security-Policy violations in the
 * page; assert on `await settled(errors)`.
 *
 * A hydration mismatch (React #418) is kept only if it happens again: the
 * page is opened three more times (same context, scripts cached). A mismatch
 * of ours is deterministic and recurs; a single one that does not is React's
 * race of hydration overtaking the HTML parser when the document arrives in
 * several network chunks (facebook/react#37321), which React recovers from by
 * rendering on the client. It is logged, not hidden.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  rechecks.set(errors, [])
  // a Content-Security-Policy violation (Chromium logs each; the event names the directive)
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(`${new URL(page.url()).pathname}: ${m.text()}`)
  })
  void page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`))
  )
  page.on("pageerror", (e) => {
    const url = page.url()
    const line = `${new URL(url).pathname}: ${e.message}`
    if (!HYDRATION_MISMATCH.test(e.message)) return void errors.push(line)
    rechecks.get(errors)!.push(
      mismatchRecurs(page, url).then((recurs) => {
        if (recurs) errors.push(line)
        else console.warn(`one hydration mismatch on ${url} did not recur in 3 reloads (facebook/react#37321): ${e.message}`)
      })
    )
  })
  return errors
}

async function mismatchRecurs(page: Page, url: string): Promise<boolean> {
  for (let i = 0; i < 3; i++) {
    const again = await page.context().newPage()
    let seen = false
    again.on("pageerror", (e) => (seen ||= HYDRATION_MISMATCH.test(e.message)))
    try {
      await again.goto(url, { waitUntil: "load" })
      await again.waitForTimeout(500)
    } finally {
      await again.close()
    }
    if (seen) return true
  }
  return false
}

/** The errors of `watchErrors`, once any hydration-mismatch recheck is done. */
export async function settled(errors: string[]): Promise<string[]> {
  await Promise.all(rechecks.get(errors) ?? [])
  return errors
}
