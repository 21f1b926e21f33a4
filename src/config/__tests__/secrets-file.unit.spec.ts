import fs from "fs"
import os from "os"
import path from "path"

// the plain-Node helper of `npm start` (scripts/lib/secrets.js)
const { ensureSecrets, secretsFile } = require("../../../scripts/lib/secrets")

describe("ensureSecrets (.data/secrets.json)", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-secrets-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("generates strong secrets and demo passwords once, in a file only the owner can read", () => {
    const first = ensureSecrets(dir, { NODE_ENV: "development" })
    expect(first.created.sort()).toEqual(["ADMIN_PASSWORD", "COOKIE_SECRET", "JWT_SECRET", "PRODUCER_PASSWORD", "STOREFRONT_REVALIDATE_SECRET"])
    expect(first.env.JWT_SECRET).toMatch(/^[\w-]{40,}$/)
    expect(first.env.STOREFRONT_REVALIDATE_SECRET).toMatch(/^[\w-]{40,}$/)
    expect(first.env.COOKIE_SECRET).not.toEqual(first.env.JWT_SECRET)
    expect(first.env.STOREFRONT_REVALIDATE_SECRET).not.toEqual(first.env.JWT_SECRET)
    for (const value of Object.values(first.env)) expect(value).not.toMatch(/supersecret|ocop-(admin|producer)-2026/)
    expect(first.env.ADMIN_PASSWORD).toMatch(/^[A-Za-z0-9]{18}$/)
    expect(fs.statSync(secretsFile(dir)).mode & 0o777).toEqual(0o600)
    expect(JSON.parse(fs.readFileSync(secretsFile(dir), "utf8"))).toEqual(first.env)
  })

  it("reuses them on later starts and creates nothing", () => {
    const first = ensureSecrets(dir, {})
    const again = ensureSecrets(dir, {})
    expect(again.created).toEqual([])
    expect(again.env).toEqual(first.env)
  })

  it("puts the mode back to 0600 when the file was opened up", () => {
    ensureSecrets(dir, {})
    fs.chmodSync(secretsFile(dir), 0o644)
    ensureSecrets(dir, {})
    expect(fs.statSync(secretsFile(dir)).mode & 0o777).toEqual(0o600)
  })

  it("leaves values set in the environment alone and does not store them", () => {
    const { env, created } = ensureSecrets(dir, { JWT_SECRET: "operator-set", ADMIN_PASSWORD: "chosen" })
    expect(env.JWT_SECRET).toBeUndefined()
    expect(env.ADMIN_PASSWORD).toBeUndefined()
    expect(created.sort()).toEqual(["COOKIE_SECRET", "PRODUCER_PASSWORD", "STOREFRONT_REVALIDATE_SECRET"])
    expect(fs.readFileSync(secretsFile(dir), "utf8")).not.toMatch(/operator-set|chosen/)
  })

  it("generates nothing in production (the operator sets the secrets; no demo logins)", () => {
    const { env, created } = ensureSecrets(dir, { NODE_ENV: "production" })
    expect(env).toEqual({})
    expect(created).toEqual([])
    expect(fs.existsSync(secretsFile(dir))).toBe(false)
  })
})
