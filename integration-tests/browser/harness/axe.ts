/** axe-core injected into the page; returns the serious and critical violations. */
import fs from "fs"
import path from "path"
import type { Page } from "playwright-core"
import { ROOT } from "./stack"

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js")

export type Violation = { id: string; impact: string; help: string; nodes: string[] }

export async function seriousViolations(page: Page): Promise<Violation[]> {
  await injectScript(page, fs.readFileSync(AXE, "utf8"))
  const results = await page.evaluate(async () => {
    const axe = (window as any).axe
    const r = await axe.run(document, { resultTypes: ["violations"] })
    return r.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(" ")),
    }))
  })
  return (results as Violation[]).filter((v) => v.impact === "serious" || v.impact === "critical")
}

/**
 * Runs a test script in the page's main world through the DevTools protocol
 * (as page.evaluate does), not as a script element: the page's
 * Content-Security-Policy allows only the inline scripts it was served with
 * (by hash), and an added one would be refused and counted as a violation.
 */
export async function injectScript(page: Page, source: string) {
  await page.evaluate(`${source}\n;undefined`)
}
