import { isDeployment as isDeploymentTs, sessionCookieOptions } from "../deployment"

// the plain-Node helpers of `npm start` (scripts/lib/mode.js, secrets.js, logins.js)
const { runMode, isDeployment, modeEnv, demoEnv } = require("../../../scripts/lib/mode")
const { ensureSecrets } = require("../../../scripts/lib/secrets")
const { loginBanner } = require("../../../scripts/lib/logins")
import fs from "fs"
import os from "os"
import path from "path"

describe("runMode (npm start, npm run dev)", () => {
  it("npm start with no NODE_ENV: production, as a demo", () => {
    expect(runMode([], {})).toEqual({ nodeEnv: "production", demo: true })
    expect(runMode([], { NODE_ENV: " " })).toEqual({ nodeEnv: "production", demo: true })
  })

  it("npm run dev (--dev): development", () => {
    expect(runMode(["--dev"], {})).toEqual({ nodeEnv: "development", demo: true })
  })

  it("an operator's NODE_ENV=production is a deployment, unless OCOP_DEMO=1", () => {
    expect(runMode([], { NODE_ENV: "production" })).toEqual({ nodeEnv: "production", demo: false })
    expect(runMode([], { NODE_ENV: "production", OCOP_DEMO: "1" })).toEqual({ nodeEnv: "production", demo: true })
  })

  it("OCOP_DEMO=0 makes the default start a deployment", () => {
    expect(runMode([], { OCOP_DEMO: "0" })).toEqual({ nodeEnv: "production", demo: false })
    expect(runMode([], { OCOP_DEMO: "false" })).toEqual({ nodeEnv: "production", demo: false })
  })

  it("passes both on to the children, and both copies of isDeployment agree", () => {
    const cases = [
      { nodeEnv: "production", demo: true, deployment: false },
      { nodeEnv: "production", demo: false, deployment: true },
      { nodeEnv: "development", demo: true, deployment: false },
    ]
    for (const c of cases) {
      const env = modeEnv(c)
      expect(env.NODE_ENV).toEqual(c.nodeEnv)
      expect(isDeployment(env)).toBe(c.deployment)
      expect(isDeploymentTs(env)).toBe(c.deployment)
    }
  })
})

describe("a production demo", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-mode-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("generates the secrets, the demo passwords and its own VietQR webhook secret", () => {
    const { created, env } = ensureSecrets(dir, { NODE_ENV: "production", OCOP_DEMO: "1" })
    expect(created.sort()).toEqual([
      "ADMIN_PASSWORD", "COOKIE_SECRET", "JWT_SECRET", "PRODUCER_PASSWORD", "STOREFRONT_REVALIDATE_SECRET", "VIETQR_WEBHOOK_SECRET",
    ])
    expect(env.VIETQR_WEBHOOK_SECRET).toMatch(/^[\w-]{40,}$/)
  })

  it("a deployment generates nothing and prints no demo login", () => {
    const secrets = ensureSecrets(dir, { NODE_ENV: "production", OCOP_DEMO: "0" })
    expect(secrets.created).toEqual([])
    expect(fs.existsSync(path.join(dir, "secrets.json"))).toBe(false)
    expect(loginBanner({ NODE_ENV: "production", OCOP_DEMO: "0" }, secrets, "x", true).join("\n")).toMatch(/no demo logins/)
  })

  it("gets the VietQR demo account, unless an account is set; a deployment does not", () => {
    expect(demoEnv({ nodeEnv: "production", demo: true }, {})).toMatchObject({ VIETQR_ACCOUNT_NUMBER: "0123456789", VIETQR_BANK_BIN: "970436" })
    expect(demoEnv({ nodeEnv: "production", demo: true }, { VIETQR_ACCOUNT_NUMBER: "1" })).toEqual({})
    expect(demoEnv({ nodeEnv: "production", demo: false }, {})).toEqual({})
    expect(demoEnv({ nodeEnv: "development", demo: true }, {})).toEqual({})
  })

  it("keeps Medusa's session cookie usable over http://localhost; a deployment keeps it Secure", () => {
    expect(sessionCookieOptions({ NODE_ENV: "production", OCOP_DEMO: "1" })).toEqual({ secure: false, sameSite: "lax" })
    expect(sessionCookieOptions({ NODE_ENV: "production" })).toBeUndefined()
    expect(sessionCookieOptions({ NODE_ENV: "development", OCOP_DEMO: "1" })).toBeUndefined()
  })
})
