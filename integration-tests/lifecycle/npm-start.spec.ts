import fs from "fs"
import os from "os"
import path from "path"
import { exited, freePort, processesMentioning, spawnUntil, waitUntil } from "./process-helpers"

jest.setTimeout(600 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
const READY = /is running \(ready in ([\d.]+) s\)[\s\S]*Publishable key:\s+(pk_[0-9a-f]+)/

describe("npm start on the embedded default (no DATABASE_URL)", () => {
  let dataDir: string
  let env: NodeJS.ProcessEnv
  let port: number

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-start-"))
    fs.chmodSync(dataDir, 0o755)
    port = await freePort()
    env = {
      OCOP_DATA_DIR: dataDir,
      PORT: String(port),
      PG_PORT: String(await freePort()),
      DATABASE_URL: "",
      REDIS_URL: "",
      LIVE_GATEWAY: "off",
      STOREFRONT: "off",
      NODE_ENV: "",
      LOG_LEVEL: "error",
      NODE_OPTIONS: "",
    }
  })

  afterAll(() => {
    for (const pid of [...processesMentioning(dataDir), ...processesMentioning(`--port ${port}`)]) {
      try { process.kill(pid, "SIGKILL") } catch {}
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  const start = () =>
    spawnUntil([path.join(ROOT, "scripts", "start.js")], READY, { env, cwd: ROOT, timeoutMs: 400000 })

  async function storeProducts(key: string) {
    const res = await fetch(`http://localhost:${port}/store/products?limit=1`, {
      headers: { "x-publishable-api-key": key },
    })
    expect(res.status).toEqual(200)
    return (await res.json()) as { count: number }
  }

  let key: string
  let firstCount: number

  it("first start: migrates, seeds and serves the store API and the admin", async () => {
    const { child, match, output } = await start()
    key = match[2]
    console.info(`first start ready in ${match[1]} s`)
    expect(output()).toMatch(/Running migrations/)
    expect(output()).toMatch(/Seeding the Lạng Sơn catalogue/)
    expect(output()).toMatch(/Admin login:\s+\S+@\S+ \/ \S+/)
    firstCount = (await storeProducts(key)).count
    expect(firstCount).toBeGreaterThanOrEqual(40)
    const admin = await fetch(`http://localhost:${port}/app`)
    expect(admin.status).toEqual(200)
    expect(await admin.text()).toMatch(/<html/i)

    child.kill("SIGKILL") // a crash: Medusa and PostgreSQL are left running
    await exited(child)
  })

  it("after kill -9, the next start comes up with the same data", async () => {
    const { child, match, output } = await start()
    console.info(`second start ready in ${match[1]} s`)
    expect(match[2]).toEqual(key)
    expect(output()).not.toMatch(/Seeding the Lạng Sơn catalogue/)
    expect(output()).not.toMatch(/Running migrations/)
    expect((await storeProducts(key)).count).toEqual(firstCount)

    child.kill("SIGTERM")
    expect(await exited(child)).toEqual(0)
    const gone = await waitUntil(
      () => processesMentioning(dataDir).length + processesMentioning(`--port ${port}`).length === 0,
      20000
    )
    expect(gone).toBe(true)
  })
})
