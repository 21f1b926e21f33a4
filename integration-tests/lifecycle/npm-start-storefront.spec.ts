/**
 * `npm start` serves the storefront by default: the first start builds it
 * (unless a build of the same sources exists), gives it the backend URL, the
 * publishable key and the seeded sales channels, and prints its URL; a later
 * start reuses the build.
 */
import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { exited, freePort, processesMentioning, spawnUntil } from "./process-helpers"

jest.setTimeout(1200 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
const READY = /is running \(ready in ([\d.]+) s\)[\s\S]*Storefront:\s+(http:\/\/localhost:\d+)[\s\S]*Publishable key:\s+(pk_[0-9a-f]+)/

function pgUrl(database: string): string {
  const user = process.env.DB_USERNAME || "postgres"
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}/${database}`
}

async function onServer(sql: string) {
  const client = new Client({ connectionString: pgUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The environment of the process listening as the storefront (`PORT=<sfPort>`). */
function storefrontEnv(sfPort: number): Record<string, string> {
  for (const pid of processesMentioning("storefront/scripts/serve.mjs")) {
    try {
      const vars = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")
      const env = Object.fromEntries(vars.filter(Boolean).map((v) => [v.slice(0, v.indexOf("=")), v.slice(v.indexOf("=") + 1)]))
      if (env.PORT === String(sfPort)) return env
    } catch {}
  }
  return {}
}

describe("npm start with the storefront (default)", () => {
  const database = `ocop_start_sf_${process.pid}_${Date.now().toString(36)}`
  let dataDir: string
  let env: NodeJS.ProcessEnv
  let sfPort: number

  beforeAll(async () => {
    await onServer(`CREATE DATABASE "${database}"`)
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-start-sf-"))
    sfPort = await freePort()
    env = {
      OCOP_DATA_DIR: dataDir,
      DATABASE_URL: pgUrl(database),
      PORT: String(await freePort()),
      STOREFRONT_PORT: String(sfPort),
      STOREFRONT: "",
      OCOP_SALES_CHANNELS: "",
      STORE_CORS: "",
      LIVE_GATEWAY: "off",
      OCOP_LIVE_INGEST: "off",
      REDIS_URL: "",
      NODE_ENV: "",
      LOG_LEVEL: "error",
      NODE_OPTIONS: "",
    }
  })

  afterAll(async () => {
    for (const pid of processesMentioning(dataDir)) {
      try { process.kill(pid, "SIGKILL") } catch {}
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
    await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined)
  })

  const start = () => spawnUntil([path.join(ROOT, "scripts", "start.js")], READY, { env, cwd: ROOT, timeoutMs: 1000 * 1000 })

  async function catalogue(url: string) {
    const res = await fetch(`${url}/vi/products?q=${encodeURIComponent("Na Chi")}`)
    expect(res.status).toEqual(200)
    return res.text()
  }

  it("first start: prints the storefront URL, which serves the seeded catalogue with the seeded sales channels", async () => {
    const { child, match, output } = await start()
    const built = output().match(/\[storefront\] built in (\d+) s/)
    console.info(`first start with the storefront ready in ${match[1]} s (${built ? `next build ${built[1]} s` : "build reused"})`)
    expect(match[2]).toEqual(`http://localhost:${sfPort}`)
    expect(output()).toMatch(/\[storefront\] (built in \d+ s|sources unchanged since the last build: not rebuilding)/)
    const html = await catalogue(match[2])
    expect(html).toContain("Na Chi Lăng")
    expect(html).toContain('lang="vi"')

    const sf = storefrontEnv(sfPort)
    expect(sf.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY).toEqual(match[3])
    expect(JSON.parse(sf.OCOP_PUBLISHABLE_KEYS)).toMatchObject({ online: match[3], kiosk: expect.stringMatching(/^pk_/), live: expect.stringMatching(/^pk_/) })
    expect(sf.NEXT_PUBLIC_MEDUSA_BACKEND_URL).toEqual(`http://localhost:${env.PORT}`)
    // npm start is a production demo on plain http: no Secure cookies, no HSTS on localhost
    expect(sf.OCOP_ENV).toEqual("development")
    const page = await fetch(`${match[2]}/vi`)
    expect(page.headers.get("strict-transport-security")).toBeNull()
    const channels = JSON.parse(sf.OCOP_SALES_CHANNELS)
    const client = new Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    const { rows } = await client.query("SELECT id, name FROM sales_channel WHERE deleted_at IS NULL")
    await client.end()
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.id]))
    expect(channels).toEqual({ online: byName["Online store"], kiosk: byName["Tourism kiosks"], live: byName["Livestream"] })

    child.kill("SIGTERM")
    expect(await exited(child)).toEqual(0)
  })

  it("second start: reuses the build and serves the storefront again", async () => {
    const { child, match, output } = await start()
    console.info(`second start with the storefront ready in ${match[1]} s`)
    expect(output()).toMatch(/sources unchanged since the last build: not rebuilding/)
    expect(output()).not.toMatch(/building the storefront/)
    expect(await catalogue(match[2])).toContain("Na Chi Lăng")
    child.kill("SIGTERM")
    expect(await exited(child)).toEqual(0)
    expect(processesMentioning(dataDir)).toEqual([])
  })
})
