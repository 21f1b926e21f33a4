import { spawnSync } from "child_process"
import path from "path"
import { requireProductionSecret } from "../secrets"

const ROOT = path.resolve(__dirname, "..", "..", "..")

describe("requireProductionSecret", () => {
  it("never falls back to the public default outside production: a random value, the same within the process", () => {
    const secret = requireProductionSecret("JWT_SECRET", { NODE_ENV: "development" })
    expect(secret).not.toEqual("supersecret")
    expect(secret.length).toBeGreaterThanOrEqual(40)
    expect(requireProductionSecret("JWT_SECRET", { NODE_ENV: "development" })).toEqual(secret)
    expect(requireProductionSecret("COOKIE_SECRET", {})).not.toEqual(secret)
  })

  it("uses the value npm start passes outside production", () => {
    expect(requireProductionSecret("JWT_SECRET", { NODE_ENV: "development", JWT_SECRET: "from-data-dir" })).toEqual("from-data-dir")
  })

  it("returns the configured secret", () => {
    expect(requireProductionSecret("JWT_SECRET", { NODE_ENV: "production", JWT_SECRET: "k3y" })).toEqual("k3y")
  })

  it.each([
    [{ NODE_ENV: "production" }, /COOKIE_SECRET .*not set/],
    [{ NODE_ENV: "production", COOKIE_SECRET: "supersecret" }, /COOKIE_SECRET .*public default/],
  ])("refuses %j in production", (env, message) => {
    expect(() => requireProductionSecret("COOKIE_SECRET", env)).toThrow(message)
  })
})

describe("medusa-config.ts in production", () => {
  function loadConfig(env: Record<string, string>) {
    return spawnSync(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", "-e", "require('./medusa-config.ts')"],
      { cwd: ROOT, env: { PATH: process.env.PATH!, ...env }, encoding: "utf8" }
    )
  }

  it("refuses to load with the default JWT secret, naming the variable", () => {
    const run = loadConfig({ NODE_ENV: "production", COOKIE_SECRET: "c00kie" })
    expect(run.status).not.toEqual(0)
    expect(run.stderr).toMatch(/JWT_SECRET must be set/)
  })

  it("loads with both secrets set", () => {
    const run = loadConfig({ NODE_ENV: "production", JWT_SECRET: "j", COOKIE_SECRET: "c" })
    expect(run.stderr).toEqual("")
    expect(run.status).toEqual(0)
  })
})
